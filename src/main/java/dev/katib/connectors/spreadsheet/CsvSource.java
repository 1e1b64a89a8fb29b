package dev.katib.connectors.spreadsheet;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * The cells of a CSV file: decoded in its detected (or chosen) encoding, split by its detected (or
 * chosen) delimiter, quotes as RFC 4180 has them. Excel's {@code sep=;} first line is honoured, and
 * the apostrophe Katib puts before a value that would start a formula is taken off again.
 */
final class CsvSource {

	record Read(RawSheet sheet, Charset encoding, char delimiter) {
	}

	private CsvSource() {
	}

	static Read read(byte[] bytes, @Nullable Charset chosenEncoding, @Nullable Character chosenDelimiter,
			SpreadsheetLimits limits) {
		Charset encoding = chosenEncoding != null ? chosenEncoding : TextEncodings.detect(bytes);
		String text = TextEncodings.decode(bytes, encoding);
		int firstRow = 1;
		Character hinted = null;
		if (text.regionMatches(true, 0, "sep=", 0, 4) && text.length() > 4 && ",;\t|".indexOf(text.charAt(4)) >= 0) {
			hinted = text.charAt(4);
			int lineEnd = text.indexOf('\n');
			text = lineEnd < 0 ? "" : text.substring(lineEnd + 1);
			firstRow = 2;
		}
		char delimiter = chosenDelimiter != null ? chosenDelimiter
				: hinted != null ? hinted : Delimiters.detect(text);
		return new Read(new RawSheet(rows(text, delimiter, firstRow, limits), List.of()), encoding, delimiter);
	}

	private static List<RawSheet.Row> rows(String text, char delimiter, int firstRow, SpreadsheetLimits limits) {
		CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
		List<RawSheet.Row> rows = new ArrayList<>();
		int number = firstRow - 1;
		try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
			Iterator<CSVRecord> records = parser.iterator();
			while (nextOrFail(records, number + 1)) {
				CSVRecord record = records.next();
				number++;
				List<String> cells = cells(record, number, limits);
				if (cells.stream().anyMatch(cell -> !cell.isBlank())) {
					// the header, and a title line above it, may come on top of the data rows
					if (rows.size() > limits.maxRows() + 1) {
						throw SpreadsheetProblems.tooManyRows(limits);
					}
					rows.add(new RawSheet.Row(number, cells));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return rows;
	}

	private static boolean nextOrFail(Iterator<CSVRecord> records, int row) {
		try {
			return records.hasNext();
		}
		catch (UncheckedIOException | IllegalStateException ex) {
			throw SpreadsheetProblems.unreadable("The CSV file cannot be read from row " + row
					+ " on: a quoted value is not closed, or text follows its closing quote.");
		}
	}

	private static List<String> cells(CSVRecord record, int row, SpreadsheetLimits limits) {
		int width = record.size();
		while (width > 0 && record.get(width - 1).isBlank()) {
			width--;
		}
		if (width > limits.maxColumns()) {
			throw SpreadsheetProblems.tooManyColumns(limits, row);
		}
		List<String> cells = new ArrayList<>(width);
		for (int column = 0; column < width; column++) {
			String cell = record.get(column);
			if (cell.length() > limits.maxCellLength()) {
				throw SpreadsheetProblems.cellTooLong(limits, row, column + 1);
			}
			cells.add(CsvInjection.undo(cell));
		}
		return cells;
	}
}
