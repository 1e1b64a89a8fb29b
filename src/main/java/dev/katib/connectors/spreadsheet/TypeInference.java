package dev.katib.connectors.spreadsheet;

import java.util.List;

/**
 * The type of a column, from its non-blank values: the first of boolean, integer, decimal,
 * percent, currency, date, date-time, e-mail, URL and phone that at least four in five of them
 * are (every one, for fewer than five values); text otherwise. A column of whole numbers with a
 * few fractions is decimal, dates with a few times are date-times. The values that are not of the
 * chosen type are the row problems the preview shows.
 */
final class TypeInference {

	static final List<ColumnType> ORDER = List.of(ColumnType.BOOLEAN, ColumnType.INTEGER, ColumnType.DECIMAL,
			ColumnType.PERCENT, ColumnType.CURRENCY, ColumnType.DATE, ColumnType.DATE_TIME, ColumnType.EMAIL,
			ColumnType.URL, ColumnType.PHONE);

	private TypeInference() {
	}

	static ColumnType infer(List<String> values, Conventions conventions) {
		List<String> filled = values.stream().filter(value -> !value.isBlank()).toList();
		if (filled.isEmpty()) {
			return ColumnType.TEXT;
		}
		for (ColumnType type : ORDER) {
			long fitting = filled.stream().filter(value -> CellValues.parse(value, type, conventions) != null).count();
			boolean enough = filled.size() < 5 ? fitting == filled.size() : fitting * 5 >= filled.size() * 4L;
			if (enough) {
				return type;
			}
		}
		return ColumnType.TEXT;
	}

	/** Whether a cell reads as nothing but text: a header cell, rather than a value. */
	static boolean isPlainText(String value) {
		return ORDER.stream().noneMatch(type -> CellValues.parse(value, type, Conventions.USUAL) != null);
	}
}
