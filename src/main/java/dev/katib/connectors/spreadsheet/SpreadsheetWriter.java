package dev.katib.connectors.spreadsheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.jspecify.annotations.Nullable;

/**
 * Exports a {@link Table} as a file people open in Excel, LibreOffice or Numbers:
 * <ul>
 * <li>CSV in UTF-8 with a byte-order mark (without it Excel shows Arabic as mojibake), comma
 * delimited, CRLF lines; text that would start a formula is defused with an apostrophe;</li>
 * <li>XLSX with typed cells (numbers, dates, percentages and money with their formats), the header
 * row bold and frozen, and the sheet right to left when the table is Arabic.</li>
 * </ul>
 * What it writes, {@link SpreadsheetReader} reads back to the same table. Thread-safe.
 */
public final class SpreadsheetWriter {

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

	public byte[] csv(Table table) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
				CSVPrinter printer = new CSVPrinter(out,
						CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.MINIMAL).get())) {
			out.write('\uFEFF');
			printer.printRecord(table.columns().stream().map(column -> CsvInjection.defuse(column.name())).toList());
			for (List<@Nullable Object> row : table.rows()) {
				List<String> cells = new ArrayList<>(table.columns().size());
				for (int column = 0; column < table.columns().size(); column++) {
					cells.add(column < row.size() ? text(row.get(column), table.columns().get(column).type()) : "");
				}
				printer.printRecord(cells);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	public byte[] xlsx(Table table, String sheetName) {
		return XlsxExport.write(table, sheetName);
	}

	/** A value as CSV text that {@link CellValues} reads back to the same value. */
	static String text(@Nullable Object value, ColumnType type) {
		return switch (value) {
			case null -> "";
			case BigDecimal number when type == ColumnType.PERCENT -> number.movePointRight(2).toPlainString() + "%";
			case BigDecimal number -> number.toPlainString();
			case Number number -> number.toString();
			case Money money -> money.toString();
			case Boolean flag -> flag ? "TRUE" : "FALSE";
			case LocalDateTime moment -> moment.format(DATE_TIME);
			case LocalDate day -> day.toString();
			case String string -> CsvInjection.defuse(string);
			default -> CsvInjection.defuse(value.toString());
		};
	}
}
