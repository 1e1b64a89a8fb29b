package dev.katib.connectors.spreadsheet;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.jspecify.annotations.Nullable;

/**
 * Writes an XLSX number cell the way Katib's value parsers read it, whatever the cell's display
 * format: dates as {@code 2026-01-15} (with {@code 10:30:00} when they carry a time), percentages as
 * {@code 12.5%}, money as {@code SAR 1500.00}, other numbers plainly ({@code 1234.5}), each with the
 * decimals its format shows.
 */
final class CanonicalFormatter extends DataFormatter {

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");
	private static final Pattern BRACKETED_CURRENCY = Pattern.compile("\\[\\$([^\\]-]+)[^\\]]*]");
	private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");
	private static final Map<String, String> SYMBOLS = Map.of("$", "USD", "€", "EUR", "£", "GBP", "¥", "JPY", "﷼",
			"SAR");

	private final boolean use1904Windowing;

	CanonicalFormatter(boolean use1904Windowing) {
		this.use1904Windowing = use1904Windowing;
	}

	@Override
	public String formatRawCellContents(double value, int formatIndex, String formatString) {
		return formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
	}

	@Override
	public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
		String format = formatString == null ? "General" : formatString;
		String section = format.split(";", -1)[0];
		if (DateUtil.isADateFormat(formatIndex, format) && DateUtil.isValidExcelDate(value)) {
			LocalDateTime moment = DateUtil.getLocalDateTime(value, use1904, true);
			return moment.toLocalTime().toSecondOfDay() == 0 && !hasTime(section) ? moment.toLocalDate().toString()
					: moment.format(DATE_TIME);
		}
		BigDecimal number = BigDecimal.valueOf(value);
		if (section.contains("%")) {
			return plain(number.movePointRight(2), decimals(section)) + "%";
		}
		String currency = currency(section);
		if (currency != null) {
			return currency + " " + plain(number, decimals(section));
		}
		return plain(number, decimals(section));
	}

	private static boolean hasTime(String section) {
		String unquoted = QUOTED.matcher(section).replaceAll("").toLowerCase();
		return unquoted.contains("h") || unquoted.contains("s");
	}

	/** The decimals the format shows, or -1 for as many as the value has. */
	private static int decimals(String section) {
		String unquoted = QUOTED.matcher(BRACKETED_CURRENCY.matcher(section).replaceAll("")).replaceAll("");
		if (unquoted.equalsIgnoreCase("General") || unquoted.contains("@")) {
			return -1;
		}
		int point = unquoted.indexOf('.');
		if (point < 0) {
			return unquoted.matches(".*[0#].*") ? 0 : -1;
		}
		int count = 0;
		for (int i = point + 1; i < unquoted.length() && (unquoted.charAt(i) == '0' || unquoted.charAt(i) == '#'); i++) {
			count++;
		}
		return count;
	}

	private static String plain(BigDecimal number, int decimals) {
		BigDecimal shown = decimals < 0 ? number.stripTrailingZeros() : number.setScale(decimals, RoundingMode.HALF_EVEN);
		if (decimals < 0 && shown.scale() < 0) {
			shown = shown.setScale(0, RoundingMode.UNNECESSARY);
		}
		return shown.toPlainString();
	}

	private static @Nullable String currency(String section) {
		Matcher bracketed = BRACKETED_CURRENCY.matcher(section);
		if (bracketed.find()) {
			return Currencies.code(bracketed.group(1).strip());
		}
		Matcher quoted = QUOTED.matcher(section);
		while (quoted.find()) {
			String code = Currencies.code(quoted.group(1).strip());
			if (code != null) {
				return code;
			}
		}
		for (var symbol : SYMBOLS.entrySet()) {
			if (section.contains(symbol.getKey())) {
				return symbol.getValue();
			}
		}
		return null;
	}
}
