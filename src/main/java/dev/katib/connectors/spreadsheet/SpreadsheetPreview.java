package dev.katib.connectors.spreadsheet;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What Katib read from an uploaded spreadsheet, to show before anything is imported.
 *
 * @param format CSV or XLSX, as recognised from the bytes
 * @param encoding the character encoding of a CSV file (e.g. {@code windows-1256}); none for XLSX
 * @param delimiter the delimiter of a CSV file; none for XLSX
 * @param sheet the sheet that was read, for XLSX
 * @param sheets every sheet of an XLSX workbook, in order; empty for CSV
 * @param headerRow the row number of the header, or {@code null} when the file has none (the columns
 *        are then named «Column 1», «Column 2», … or «عمود 1», … for an Arabic table)
 * @param columns the columns with their inferred (or chosen) types
 * @param rows every data row, typed
 * @param problems every cell that failed, naming its row and column
 */
public record SpreadsheetPreview(Format format, @Nullable String encoding, @Nullable Character delimiter,
		@Nullable String sheet, List<String> sheets, @Nullable Integer headerRow, List<Column> columns,
		List<TypedRow> rows, List<RowProblem> problems) {

	/** The kinds of file read. */
	public enum Format {
		CSV, XLSX
	}

	public SpreadsheetPreview {
		sheets = List.copyOf(sheets);
		columns = List.copyOf(columns);
		rows = List.copyOf(rows);
		problems = List.copyOf(problems);
	}

	/** The rows as a table, e.g. to export again or to import. */
	public Table table() {
		return new Table(columns, rows.stream().map(TypedRow::values).toList());
	}
}
