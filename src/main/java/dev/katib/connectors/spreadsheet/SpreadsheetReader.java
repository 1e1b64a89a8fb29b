package dev.katib.connectors.spreadsheet;

import java.util.List;

/**
 * Reads an uploaded CSV or XLSX file into a {@link SpreadsheetPreview}: the format is told from the
 * bytes (never from the file's name); the encoding, delimiter, header and column types are
 * detected unless the {@link ReadOptions} choose them. Thread-safe.
 * <p>
 * Errors are {@link dev.katib.platform.KatibException}s of the types in {@link SpreadsheetProblems}:
 * a file over a limit, or one that is no readable CSV or XLSX file. Cells that fail their column's
 * type are not errors: they are the preview's {@link SpreadsheetPreview#problems() problems}.
 */
public final class SpreadsheetReader {

	private final SpreadsheetLimits limits;

	public SpreadsheetReader(SpreadsheetLimits limits) {
		this.limits = limits;
	}

	public SpreadsheetPreview read(byte[] content) {
		return read(content, ReadOptions.DETECT);
	}

	public SpreadsheetPreview read(byte[] content, ReadOptions options) {
		if (content.length > limits.maxBytes()) {
			throw SpreadsheetProblems.tooLarge("bytes", limits.maxBytes(), "The file is larger than the "
					+ limits.maxBytes() + " bytes Katib reads; split it into smaller files.");
		}
		if (content.length == 0) {
			throw SpreadsheetProblems.unreadable("The file is empty.");
		}
		if (startsWith(content, 0x50, 0x4B, 0x03, 0x04)) {
			XlsxSource.Read xlsx = XlsxSource.read(content, options.sheet(), limits);
			SheetTyping.Typed typed = SheetTyping.type(xlsx.sheet(), options, limits);
			return new SpreadsheetPreview(SpreadsheetPreview.Format.XLSX, null, null, xlsx.sheetName(), xlsx.sheets(),
					typed.headerRow(), typed.columns(), typed.rows(), typed.problems());
		}
		if (startsWith(content, 0xD0, 0xCF, 0x11, 0xE0)) {
			throw SpreadsheetProblems.unreadable("This is an Excel 97-2003 workbook (.xls) or a password-protected one; "
					+ "save it as .xlsx without a password, or as CSV.");
		}
		if (startsWith(content, '%', 'P', 'D', 'F') || TextEncodings.looksBinary(content)) {
			throw SpreadsheetProblems.unreadable("The file is neither CSV nor XLSX.");
		}
		CsvSource.Read csv = CsvSource.read(content, options.encoding(), options.delimiter(), limits);
		SheetTyping.Typed typed = SheetTyping.type(csv.sheet(), options, limits);
		return new SpreadsheetPreview(SpreadsheetPreview.Format.CSV, csv.encoding().name(), csv.delimiter(), null,
				List.of(), typed.headerRow(), typed.columns(), typed.rows(), typed.problems());
	}

	private static boolean startsWith(byte[] content, int... prefix) {
		if (content.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((content[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}
}
