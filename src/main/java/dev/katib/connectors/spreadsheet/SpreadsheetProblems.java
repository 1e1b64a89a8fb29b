package dev.katib.connectors.spreadsheet;

import java.util.Map;

import org.springframework.http.HttpStatus;

import dev.katib.platform.KatibException;
import dev.katib.platform.ProblemType;

/**
 * The errors of reading a spreadsheet, answered as problem details: a file over a limit
 * ({@code spreadsheet-too-large}, with the {@code limit} that was passed and its {@code maximum}), or
 * a file that is not a readable CSV or XLSX file ({@code spreadsheet-unreadable}).
 */
public final class SpreadsheetProblems {

	public static final ProblemType TOO_LARGE = new ProblemType("spreadsheet-too-large", HttpStatus.CONTENT_TOO_LARGE,
			"Spreadsheet too large");
	public static final ProblemType UNREADABLE = new ProblemType("spreadsheet-unreadable",
			HttpStatus.UNPROCESSABLE_CONTENT, "Spreadsheet unreadable");

	private SpreadsheetProblems() {
	}

	static KatibException tooLarge(String limit, long maximum, String detail) {
		return new KatibException(TOO_LARGE, detail, Map.of("limit", limit, "maximum", maximum));
	}

	static KatibException tooManyRows(SpreadsheetLimits limits) {
		return tooLarge("rows", limits.maxRows(),
				"The file has more than " + limits.maxRows() + " rows of data; split it into smaller files.");
	}

	static KatibException tooManyColumns(SpreadsheetLimits limits, int row) {
		return tooLarge("columns", limits.maxColumns(),
				"Row " + row + " has more than " + limits.maxColumns() + " columns; Katib reads at most that many.");
	}

	static KatibException cellTooLong(SpreadsheetLimits limits, int row, int column) {
		return tooLarge("cellLength", limits.maxCellLength(), "Row " + row + ", column " + column + " has more than "
				+ limits.maxCellLength() + " characters; shorten it and upload the file again.");
	}

	static KatibException unreadable(String detail) {
		return new KatibException(UNREADABLE, detail);
	}
}
