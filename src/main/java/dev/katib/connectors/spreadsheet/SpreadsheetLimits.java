package dev.katib.connectors.spreadsheet;

/**
 * How much of a spreadsheet Katib reads; a larger file is refused with a
 * {@link SpreadsheetProblems#TOO_LARGE} error naming the limit.
 *
 * @param maxBytes the size of the uploaded file
 * @param maxRows the data rows (the header and blank rows are not counted)
 * @param maxColumns the columns
 * @param maxCellLength the characters of one cell
 */
public record SpreadsheetLimits(long maxBytes, int maxRows, int maxColumns, int maxCellLength) {

	/** 10 MiB, 20,000 rows, 100 columns, 10,000 characters a cell. */
	public static final SpreadsheetLimits DEFAULTS = new SpreadsheetLimits(10L * 1024 * 1024, 20_000, 100, 10_000);

	public SpreadsheetLimits {
		if (maxBytes < 1 || maxRows < 1 || maxColumns < 1 || maxCellLength < 1) {
			throw new IllegalArgumentException("Every spreadsheet limit is at least 1");
		}
	}
}
