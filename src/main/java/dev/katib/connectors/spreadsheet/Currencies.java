package dev.katib.connectors.spreadsheet;

import java.util.Currency;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Currency signs as people write them beside amounts: ISO codes ({@code SAR}), symbols ({@code $},
 * {@code ﷼}) and the Arabic abbreviations of the Gulf and nearby currencies ({@code ر.س}, {@code د.إ}).
 */
final class Currencies {

	private static final Map<String, String> SIGNS = Map.ofEntries(Map.entry("$", "USD"), Map.entry("US$", "USD"),
			Map.entry("€", "EUR"), Map.entry("£", "GBP"), Map.entry("¥", "JPY"), Map.entry("﷼", "SAR"),
			Map.entry("ر.س", "SAR"), Map.entry("ر.س.", "SAR"), Map.entry("ريال", "SAR"), Map.entry("ريال سعودي", "SAR"),
			Map.entry("SR", "SAR"), Map.entry("د.إ", "AED"), Map.entry("درهم", "AED"), Map.entry("د.ك", "KWD"),
			Map.entry("ر.ق", "QAR"), Map.entry("د.ب", "BHD"), Map.entry("ر.ع", "OMR"), Map.entry("ج.م", "EGP"),
			Map.entry("جنيه", "EGP"), Map.entry("د.أ", "JOD"));

	private Currencies() {
	}

	/** The ISO 4217 code a sign stands for, or {@code null} when it is no currency sign. */
	static @Nullable String code(String sign) {
		String known = SIGNS.get(sign);
		if (known != null) {
			return known;
		}
		if (sign.matches("[A-Z]{3}")) {
			try {
				return Currency.getInstance(sign).getCurrencyCode();
			}
			catch (IllegalArgumentException ex) {
				return null;
			}
		}
		return null;
	}
}
