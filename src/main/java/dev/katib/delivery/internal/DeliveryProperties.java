package dev.katib.delivery.internal;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How letters go out.
 *
 * @param smtp the SMTP server letters are e-mailed through ({@code KATIB_SMTP_*}, shared with account mail)
 * @param maxAttempts how many times a delivery is tried before it fails
 * @param firstRetry the pause after the first failed attempt; each later pause doubles, up to {@code maxRetry}
 * @param maxRetry the longest pause between two attempts
 * @param pollInterval how often a worker looks for deliveries that are due
 */
@ConfigurationProperties("katib.delivery")
record DeliveryProperties(Smtp smtp, @DefaultValue("6") int maxAttempts, @DefaultValue("30s") Duration firstRetry,
		@DefaultValue("30m") Duration maxRetry, @DefaultValue("5s") Duration pollInterval) {

	DeliveryProperties {
		if (maxAttempts < 1 || maxAttempts > 50) {
			throw new IllegalArgumentException("katib.delivery.max-attempts must be between 1 and 50");
		}
	}

	/** An SMTP server; no host means e-mail delivery is not available. */
	record Smtp(@Nullable String host, @DefaultValue("587") int port, @Nullable String username,
			@Nullable String password, @DefaultValue("katib@localhost") String from,
			@DefaultValue("true") boolean startTls) {

		boolean configured() {
			return host != null && !host.isBlank();
		}
	}
}
