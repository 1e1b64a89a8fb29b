package dev.katib.connectors.spreadsheet;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An amount of money as a spreadsheet shows it.
 *
 * @param amount the amount, with the scale it was written with ({@code 1500.00})
 * @param currency the ISO 4217 code, e.g. {@code SAR}
 */
public record Money(BigDecimal amount, String currency) {

	public Money {
		Objects.requireNonNull(amount, "amount");
		if (currency == null || !currency.matches("[A-Z]{3}")) {
			throw new IllegalArgumentException("A currency is an ISO 4217 code such as SAR, not " + currency);
		}
	}

	@Override
	public String toString() {
		return currency + " " + amount.toPlainString();
	}
}
