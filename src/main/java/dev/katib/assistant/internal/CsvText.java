package dev.katib.assistant.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import dev.katib.connectors.SourceRecord;

/**
 * Records as CSV text (RFC 4180): one column per field, each cell as {@link CellText} writes it, and every cell a
 * spreadsheet would run as a formula (starting with {@code = + - @}, a tab or a carriage return) defused with a
 * leading apostrophe.
 */
final class CsvText {

	private CsvText() {
	}

	static String of(List<String> fields, List<SourceRecord> records) {
		StringWriter out = new StringWriter();
		try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
			csv.printRecord(fields.stream().map(CsvText::defused).toList());
			for (SourceRecord record : records) {
				csv.printRecord(fields.stream().map(field -> defused(CellText.of(record.fields().get(field)))).toList());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	static String defused(String cell) {
		return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
	}
}
