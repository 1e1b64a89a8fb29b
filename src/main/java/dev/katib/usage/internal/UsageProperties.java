package dev.katib.usage.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the usage module ({@code KATIB_USAGE_*}).
 *
 * @param prices the price table, {@code provider/model=input:output} per million tokens, entries
 *     separated by commas; {@code provider/*} prices every model of a provider
 * @param currency the currency the prices are in
 */
@ConfigurationProperties("katib.usage")
record UsageProperties(String prices, String currency) {

	UsageProperties {
		prices = prices == null ? "" : prices;
		currency = currency == null || currency.isBlank() ? "USD" : currency.trim();
		if (!currency.matches("[A-Z]{3}")) {
			throw new IllegalArgumentException("KATIB_USAGE_CURRENCY must be a three-letter currency code, e.g. USD");
		}
	}
}
