package dev.katib.connectors;

import java.util.List;

/**
 * Rows to import: a header naming the columns, and typed rows of the same width, as an uploaded
 * spreadsheet or an API client gives them.
 *
 * @param header column names, matched to the table's field names
 * @param rows the rows, each with one cell per column
 */
public record ImportRows(List<String> header, List<List<CellValue>> rows) {

	public ImportRows {
		header = List.copyOf(header);
		rows = rows.stream().map(List::copyOf).toList();
		for (int i = 0; i < rows.size(); i++) {
			if (rows.get(i).size() != header.size()) {
				throw new IllegalArgumentException(
						"Row " + (i + 1) + " has " + rows.get(i).size() + " cells for " + header.size() + " columns");
			}
		}
	}
}
