package dev.katib.usage.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The usage module's settings, read once at start-up so a bad price table stops it, and the sweep of
 * stale reservations.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(UsageProperties.class)
@EnableScheduling
class UsageConfiguration {

	@Bean
	PriceTable priceTable(UsageProperties properties) {
		return PriceTable.parse(properties.prices());
	}
}
