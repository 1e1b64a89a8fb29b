package dev.katib.platform.outbound;

import java.net.InetAddress;
import java.net.URI;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Where calls to users' addresses may go ({@code KATIB_WEBHOOKS_ALLOW_PRIVATE}); the log says when that is anywhere. */
@Configuration(proxyBeanMethods = false)
class OutboundConfiguration {

	private static final Logger log = LoggerFactory.getLogger(OutboundConfiguration.class);

	@Bean
	OutboundAddressPolicy outboundAddressPolicy(@Value("${katib.delivery.webhooks.allow-private:false}") boolean allowPrivate,
			@Value("${katib.delivery.webhooks.base-url:http://localhost:8080}") URI baseUrl) {
		if (allowPrivate) {
			log.warn("Webhooks and automations' calls may point at private and loopback addresses and at Katib itself "
					+ "(KATIB_WEBHOOKS_ALLOW_PRIVATE).");
		}
		return new OutboundAddressPolicy(allowPrivate, baseUrl.getHost() == null ? "" : baseUrl.getHost(),
				InetAddress::getAllByName);
	}
}
