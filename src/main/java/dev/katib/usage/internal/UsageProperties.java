package dev.katib.usage.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the usage module ({@code KATIB_USAGE_*}).
 *
 * @param prices the price table, {@code provider/model=input:output} per million tokens, entries
 *     separated by commas; {@code provider/*} prices every model of a provider
 * @param currency the currency the prices are in
 * @param reservationTimeout how long a quota reservation may stay open before its room is given back
 */
@ConfigurationProperties("katib.usage")
record UsageProperties(String prices, String currency, Duration reservationTimeout) {

	UsageProperties {
		if (reservationTimeout == null || reservationTimeout.compareTo(Duration.ofMinutes(5)) < 0) {
			throw new IllegalArgumentException("KATIB_USAGE_RESERVATION_TIMEOUT must be at least 5m");
		}
		prices = prices == null ? "" : prices;
		currency = currency == null || currency.isBlank() ? "USD" : currency.trim();
		if (!currency.matches("[A-Z]{3}")) {
			throw new IllegalArgumentException("KATIB_USAGE_CURRENCY must be a three-letter currency code, e.g. USD");
		}
	}
}
