package dev.katib.connectors.sheets;

import java.util.List;

/**
 * A range of a sheet read as a table: its first row names the columns, the others are records.
 *
 * @param sheet the sheet's title
 * @param header the first row's values (what the sheet shows)
 * @param rows the rows below it that are not blank, with the values the sheet shows
 */
public record SheetTable(String sheet, List<String> header, List<Row> rows) {

	public SheetTable {
		header = List.copyOf(header);
		rows = List.copyOf(rows);
	}

	/**
	 * A row of the sheet.
	 *
	 * @param number its row number in the sheet, for updating or clearing it later
	 * @param values its cells as the sheet shows them, as many as the header (blank as "")
	 */
	public record Row(int number, List<String> values) {

		public Row {
			values = List.copyOf(values);
		}
	}
}
