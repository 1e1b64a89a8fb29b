package dev.katib.connectors.spreadsheet;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Reads one cell as a value of one {@link ColumnType}, or answers {@code null} when it is not one.
 * Arabic-Indic digits and the Arabic decimal and percent signs are read like Western ones.
 */
final class CellValues {

	private static final Set<String> TRUE_WORDS = Set.of("true", "yes", "y", "نعم", "صح", "صحيح");
	private static final Set<String> FALSE_WORDS = Set.of("false", "no", "n", "لا", "خطأ");
	private static final Pattern EMAIL = Pattern.compile("[^\\s@<>()\\[\\],;:\"]+@[^\\s@<>()\\[\\],;:\"]+\\.[^\\s@<>()\\[\\],;:\".]{2,}");
	private static final Pattern PHONE = Pattern.compile("\\+?\\(?[0-9][0-9 ()\\-.]{5,22}[0-9]");
	private static final Pattern AMOUNT = Pattern.compile("[+-]?[0-9][0-9.,  ]*");

	private CellValues() {
	}

	static @Nullable Object parse(String raw, ColumnType type, Conventions conventions) {
		String value = raw.strip();
		if (value.isEmpty()) {
			return null;
		}
		return switch (type) {
			case TEXT -> value;
			case BOOLEAN -> bool(value);
			case INTEGER -> integer(Scripts.westernDigits(value), conventions);
			case DECIMAL -> Numbers.decimal(Scripts.westernDigits(value), conventions);
			case PERCENT -> percent(Scripts.westernDigits(value), conventions);
			case CURRENCY -> money(Scripts.westernDigits(value), conventions);
			case DATE -> Dates.date(Scripts.westernDigits(value), conventions);
			case DATE_TIME -> Dates.dateTime(Scripts.westernDigits(value), conventions);
			case EMAIL -> EMAIL.matcher(value).matches() ? value : null;
			case PHONE -> phone(Scripts.westernDigits(value));
			case URL -> url(value);
		};
	}

	private static @Nullable Boolean bool(String value) {
		String word = value.toLowerCase(Locale.ROOT);
		return TRUE_WORDS.contains(word) ? Boolean.TRUE : FALSE_WORDS.contains(word) ? Boolean.FALSE : null;
	}

	private static @Nullable Long integer(String value, Conventions conventions) {
		BigDecimal number = Numbers.decimal(value, conventions);
		if (number == null || number.scale() > 0) {
			return null;
		}
		try {
			return number.longValueExact();
		}
		catch (ArithmeticException ex) {
			return null;
		}
	}

	private static @Nullable BigDecimal percent(String value, Conventions conventions) {
		String number;
		if (value.endsWith("%")) {
			number = value.substring(0, value.length() - 1).strip();
		}
		else if (value.startsWith("%")) {
			number = value.substring(1).strip();
		}
		else {
			return null;
		}
		BigDecimal parsed = Numbers.decimal(number, conventions);
		return parsed == null ? null : parsed.movePointLeft(2);
	}

	private static @Nullable Money money(String value, Conventions conventions) {
		Matcher amount = AMOUNT.matcher(value);
		if (!amount.find()) {
			return null;
		}
		String before = value.substring(0, amount.start()).strip();
		String after = value.substring(amount.end()).strip();
		if (before.isEmpty() == after.isEmpty()) {
			return null;
		}
		String sign = before.isEmpty() ? after : before;
		String code = Currencies.code(sign);
		BigDecimal number = Numbers.decimal(amount.group().strip(), conventions);
		return code == null || number == null ? null : new Money(number, code);
	}

	private static @Nullable String phone(String value) {
		if (!PHONE.matcher(value).matches()) {
			return null;
		}
		long digits = value.chars().filter(Character::isDigit).count();
		boolean written = value.startsWith("+") || value.startsWith("0") || !value.chars().allMatch(Character::isDigit);
		return digits >= 7 && digits <= 15 && written ? value : null;
	}

	private static @Nullable String url(String value) {
		if (!value.regionMatches(true, 0, "http://", 0, 7) && !value.regionMatches(true, 0, "https://", 0, 8)) {
			return null;
		}
		try {
			URI uri = new URI(value);
			return uri.getHost() == null ? null : value;
		}
		catch (URISyntaxException ex) {
			return null;
		}
	}
}
