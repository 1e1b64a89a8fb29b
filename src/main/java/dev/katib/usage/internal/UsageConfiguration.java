package dev.katib.usage.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The usage module's settings, read once at start-up so a bad price table stops it. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(UsageProperties.class)
class UsageConfiguration {

	@Bean
	PriceTable priceTable(UsageProperties properties) {
		return PriceTable.parse(properties.prices());
	}
}
