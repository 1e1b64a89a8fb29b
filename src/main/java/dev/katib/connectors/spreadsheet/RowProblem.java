package dev.katib.connectors.spreadsheet;

import org.jspecify.annotations.Nullable;

/**
 * Why a cell of a row could not be read as its column's type.
 *
 * @param row the row number as the spreadsheet program shows it
 * @param column the column's name
 * @param value the cell as written (cut to 100 characters)
 * @param kind what went wrong
 * @param expected the column's type, for {@link Kind#NOT_OF_TYPE}
 */
public record RowProblem(int row, String column, String value, Kind kind, @Nullable ColumnType expected) {

	/** What went wrong with a cell. */
	public enum Kind {
		/** The value is not of the column's type. */
		NOT_OF_TYPE,
		/** An XLSX formula cell without a saved result (the file was never recalculated by a spreadsheet program). */
		FORMULA_WITHOUT_RESULT,
		/** An XLSX cell showing an error such as {@code #DIV/0!}. */
		CELL_ERROR
	}

	/** The problem in English, naming the row and the column; the UI translates from the fields. */
	public String message() {
		String where = "Row " + row + ", column «" + column + "»: ";
		return switch (kind) {
			case NOT_OF_TYPE -> where + "«" + value + "» is not " + article(expected);
			case FORMULA_WITHOUT_RESULT -> where + "the formula has no saved result; open the file in a spreadsheet program and save it again";
			case CELL_ERROR -> where + "the cell shows the error " + value;
		};
	}

	private static String article(@Nullable ColumnType type) {
		return switch (type) {
			case null -> "valid";
			case INTEGER -> "a whole number";
			case DECIMAL -> "a number";
			case PERCENT -> "a percentage";
			case CURRENCY -> "an amount of money with its currency";
			case BOOLEAN -> "yes or no";
			case DATE -> "a date";
			case DATE_TIME -> "a date and time";
			case EMAIL -> "an e-mail address";
			case PHONE -> "a telephone number";
			case URL -> "a web address";
			case TEXT -> "text";
		};
	}
}
