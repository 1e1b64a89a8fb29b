package dev.katib.connectors.spreadsheet;

import java.math.BigDecimal;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Numbers as spreadsheets write them: an optional minus sign (a plus sign starts a telephone number), digits grouped by thousands or not, and a
 * decimal part after the column's decimal mark. A number never starts with a needless zero
 * ({@code 007}, {@code 0501234567} are codes and telephone numbers, kept as text or phones).
 */
final class Numbers {

	private static final Pattern POINT_DECIMAL = Pattern
		.compile("-?(0|[1-9][0-9]*|[1-9][0-9]{0,2}(,[0-9]{3})+)(\\.[0-9]+)?|-?\\.[0-9]+");
	private static final Pattern COMMA_DECIMAL = Pattern
		.compile("-?(0|[1-9][0-9]*|[1-9][0-9]{0,2}([. \u00A0\u202F][0-9]{3})+)(,[0-9]+)?|-?,[0-9]+");

	private Numbers() {
	}

	static @Nullable BigDecimal decimal(String value, Conventions conventions) {
		if (conventions.decimalComma()) {
			if (!COMMA_DECIMAL.matcher(value).matches()) {
				return null;
			}
			return new BigDecimal(value.replaceAll("[. \u00A0\u202F]", "").replace(',', '.'));
		}
		if (!POINT_DECIMAL.matcher(value).matches()) {
			return null;
		}
		return new BigDecimal(value.replace(",", ""));
	}
}
