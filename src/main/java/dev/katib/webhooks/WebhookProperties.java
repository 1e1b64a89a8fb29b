package dev.katib.webhooks;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How webhooks go out.
 *
 * @param allowPrivate whether endpoints may point at Katib's own host or at private, loopback or link-local
 *        addresses ({@code KATIB_WEBHOOKS_ALLOW_PRIVATE}); off unless an administrator allows it
 * @param timeout how long one attempt may take, connection included ({@code KATIB_WEBHOOKS_TIMEOUT})
 * @param pauseAfter how many messages in a row may fail for good before the endpoint is paused
 *        ({@code KATIB_WEBHOOKS_PAUSE_AFTER})
 * @param window how long a message is retried, from its creation or its last replay
 * @param firstRetry the pause after the first failed attempt; each later one doubles, up to {@code maxRetry}
 * @param maxRetry the longest pause between two attempts
 * @param baseUrl Katib's own address ({@code KATIB_BASE_URL}), whose host an endpoint may not name
 */
@ConfigurationProperties("katib.delivery.webhooks")
record WebhookProperties(@DefaultValue("false") boolean allowPrivate, @DefaultValue("10s") Duration timeout,
		@DefaultValue("5") int pauseAfter, @DefaultValue("24h") Duration window, @DefaultValue("5s") Duration firstRetry,
		@DefaultValue("2h") Duration maxRetry, @DefaultValue("http://localhost:8080") URI baseUrl) {

	WebhookProperties {
		if (pauseAfter < 1 || pauseAfter > 1000) {
			throw new IllegalArgumentException("KATIB_WEBHOOKS_PAUSE_AFTER must be between 1 and 1000");
		}
		if (timeout.isNegative() || timeout.isZero() || timeout.compareTo(Duration.ofMinutes(2)) > 0) {
			throw new IllegalArgumentException("KATIB_WEBHOOKS_TIMEOUT must be more than 0 and at most 2m");
		}
	}
}
