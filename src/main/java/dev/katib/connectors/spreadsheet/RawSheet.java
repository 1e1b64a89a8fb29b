package dev.katib.connectors.spreadsheet;

import java.util.List;

/**
 * A spreadsheet's cells as text, before the header is found and the types inferred.
 *
 * @param rows the rows that are not blank, in order
 * @param flags cells an XLSX file marked as failed (an error value, a formula without a result)
 */
record RawSheet(List<Row> rows, List<Flag> flags) {

	/** A row: its number as the spreadsheet program shows it, and its cells (blank as ""). */
	record Row(int number, List<String> cells) {

		String cell(int column) {
			return column < cells.size() ? cells.get(column) : "";
		}
	}

	/** A failed cell, by row number and zero-based column. */
	record Flag(int row, int column, RowProblem.Kind kind, String value) {
	}
}
