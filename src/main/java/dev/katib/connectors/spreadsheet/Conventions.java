package dev.katib.connectors.spreadsheet;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How one column writes its numbers and dates, decided from all its values, since one value alone
 * can be ambiguous.
 * <ul>
 * <li>Dates such as {@code 05/03/2026} are day first (the Gulf's and Europe's order) unless some
 * value can only be month first ({@code 03/25/2026}) and none can only be day first.</li>
 * <li>The decimal mark is the point unless some value has a comma that cannot separate thousands
 * (followed by one, two, or more than three digits: {@code 12,5}) and no value has such a point.</li>
 * </ul>
 *
 * @param monthFirst whether dates are written month first
 * @param decimalComma whether the comma is the decimal mark (and the point or a space separates thousands)
 */
record Conventions(boolean monthFirst, boolean decimalComma) {

	static final Conventions USUAL = new Conventions(false, false);

	private static final Pattern SLASHED_DATE = Pattern.compile("^(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-]\\d{4}\\b");
	private static final Pattern DECIMAL_COMMA = Pattern.compile("\\d,(\\d{1,2}|\\d{4,})(?!\\d)");
	private static final Pattern DECIMAL_POINT = Pattern.compile("\\d\\.(\\d{1,2}|\\d{4,})(?!\\d)");

	static Conventions of(List<String> values) {
		boolean dayOnlyFirst = false;
		boolean monthOnlyFirst = false;
		boolean comma = false;
		boolean point = false;
		for (String raw : values) {
			String value = Scripts.westernDigits(raw.strip());
			Matcher date = SLASHED_DATE.matcher(value);
			if (date.find()) {
				int first = Integer.parseInt(date.group(1));
				int second = Integer.parseInt(date.group(2));
				dayOnlyFirst |= first > 12 && second <= 12;
				monthOnlyFirst |= second > 12 && first <= 12;
				continue;
			}
			comma |= DECIMAL_COMMA.matcher(value).find();
			point |= DECIMAL_POINT.matcher(value).find();
		}
		return new Conventions(monthOnlyFirst && !dayOnlyFirst, comma && !point);
	}
}
