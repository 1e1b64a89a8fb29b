package dev.katib.webhooks;

import java.net.InetAddress;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Outbound webhooks: where they may go ({@code KATIB_WEBHOOKS_ALLOW_PRIVATE}); the log says when that is anywhere. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebhookProperties.class)
class WebhookConfiguration {

	private static final Logger log = LoggerFactory.getLogger(WebhookConfiguration.class);

	@Bean
	WebhookAddressPolicy webhookAddressPolicy(WebhookProperties properties) {
		if (properties.allowPrivate()) {
			log.warn("Webhooks may point at private and loopback addresses and at Katib itself (KATIB_WEBHOOKS_ALLOW_PRIVATE).");
		}
		String ownHost = properties.baseUrl().getHost() == null ? "" : properties.baseUrl().getHost();
		return new WebhookAddressPolicy(properties.allowPrivate(), ownHost, InetAddress::getAllByName);
	}
}
