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
		// all of a few values, four in five of more: a type is out once more than that have failed
		int allowedFailures = filled.size() < 5 ? 0 : filled.size() / 5;
		for (ColumnType type : ORDER) {
			int failures = 0;
			for (int i = 0; i < filled.size() && failures <= allowedFailures; i++) {
				if (CellValues.parse(filled.get(i), type, conventions) == null) {
					failures++;
				}
			}
			if (failures <= allowedFailures) {
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
