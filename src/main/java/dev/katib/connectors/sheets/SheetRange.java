package dev.katib.connectors.sheets;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Rows of a sheet to read, and optionally its columns: a whole sheet, or a range in A1 notation
 * such as {@code Staff!A1:F500} or {@code 'Staff list'!2:900}. The first row is the header.
 *
 * @param sheet the sheet's title
 * @param firstRow the header's row number
 * @param lastRow the last row to read; the sheet's last row when absent
 * @param firstColumn the first column's letters, or absent for column A
 * @param lastColumn the last column's letters, or absent for the sheet's last column
 */
public record SheetRange(String sheet, int firstRow, @Nullable Integer lastRow, @Nullable String firstColumn,
		@Nullable String lastColumn) {

	private static final Pattern A1 = Pattern
		.compile("(?:'((?:[^']|'')+)'|([^!]+))!([A-Za-z]{0,3})(\\d*)(?::([A-Za-z]{0,3})(\\d*))?");

	public SheetRange {
		if (sheet.isBlank() || firstRow < 1 || (lastRow != null && lastRow < firstRow)) {
			throw new IllegalArgumentException("A range names a sheet and rows from 1 on");
		}
	}

	/** Every row of a sheet. */
	public static SheetRange whole(String sheet) {
		return new SheetRange(sheet, 1, null, null, null);
	}

	/** A range in A1 notation with its sheet ({@code Staff!A1:F500}), or just a sheet's title. */
	public static SheetRange parse(String range) {
		Matcher a1 = A1.matcher(range.strip());
		if (!a1.matches()) {
			return whole(range.strip());
		}
		String sheet = a1.group(1) != null ? a1.group(1).replace("''", "'") : a1.group(2);
		int first = a1.group(4).isEmpty() ? 1 : Integer.parseInt(a1.group(4));
		Integer last = a1.group(6) == null || a1.group(6).isEmpty() ? null : Integer.parseInt(a1.group(6));
		return new SheetRange(sheet, first, last, blankToNull(a1.group(3)), blankToNull(a1.group(5)));
	}

	/** The A1 notation of rows {@code from}-{@code to} of this range's columns. */
	String a1(int from, int to) {
		String quoted = "'" + sheet.replace("'", "''") + "'!";
		if (firstColumn == null && lastColumn == null) {
			return quoted + from + ":" + to;
		}
		return quoted + (firstColumn == null ? "A" : firstColumn) + from + ":" + (lastColumn == null ? "" : lastColumn)
				+ to;
	}

	private static @Nullable String blankToNull(@Nullable String letters) {
		return letters == null || letters.isEmpty() ? null : letters.toUpperCase();
	}
}
