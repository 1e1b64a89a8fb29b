package dev.katib.connectors.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

import dev.katib.connectors.CellValue;
import dev.katib.connectors.ImportRows;
import dev.katib.connectors.NewField;
import dev.katib.connectors.spreadsheet.Column;
import dev.katib.connectors.spreadsheet.ColumnType;
import dev.katib.connectors.spreadsheet.Money;
import dev.katib.connectors.spreadsheet.ReadOptions;
import dev.katib.connectors.spreadsheet.RowProblem;
import dev.katib.connectors.spreadsheet.SpreadsheetLimits;
import dev.katib.connectors.spreadsheet.SpreadsheetPreview;
import dev.katib.connectors.spreadsheet.SpreadsheetReader;
import dev.katib.connectors.spreadsheet.TypedRow;
import dev.katib.platform.KatibException;

/**
 * An uploaded CSV or XLSX file: read by the spreadsheet reader (its type sniffed from its bytes, its
 * size limited), shown as a preview, and turned into rows to import.
 */
final class UploadedSheets {

	/** How many rows a preview shows. */
	static final int PREVIEW_ROWS = 20;

	/** How many problem cells a preview lists; {@code problemCount} says how many there are. */
	static final int PREVIEW_PROBLEMS = 200;
	/** The lowest a header may sit in a file. */
	static final int MAX_HEADER_ROW = 50;

	private static final SpreadsheetReader READER = new SpreadsheetReader(SpreadsheetLimits.DEFAULTS);

	private UploadedSheets() {
	}

	/**
	 * What Katib read from an uploaded spreadsheet.
	 *
	 * @param format CSV or XLSX, told from the bytes
	 * @param encoding a CSV file's character encoding
	 * @param delimiter a CSV file's delimiter
	 * @param sheet the sheet read from an XLSX workbook
	 * @param sheets every sheet of an XLSX workbook
	 * @param headerRow the header's row number, none when the file has no header
	 * @param columns the columns and their inferred types
	 * @param rowCount how many data rows the file has
	 * @param firstRows the first rows, as they would be imported
	 * @param problemCount how many cells are not of their column's type
	 * @param problems the first {@value #PREVIEW_PROBLEMS} of them, with their row and column
	 */
	record UploadPreview(SpreadsheetPreview.Format format, @Nullable String encoding, @Nullable String delimiter,
			@Nullable String sheet, List<String> sheets, @Nullable Integer headerRow, List<ColumnView> columns,
			int rowCount, List<RowView> firstRows, int problemCount, List<ProblemView> problems) {
	}

	record ColumnView(String name, ColumnType type) {
	}

	/** A row: its number as the spreadsheet program shows it, and its cells as text ({@code null} when blank). */
	record RowView(int row, List<@Nullable String> values) {
	}

	record ProblemView(int row, String column, String value, RowProblem.Kind kind, @Nullable ColumnType expected,
			String message) {
	}

	static SpreadsheetPreview read(@Nullable MultipartFile file, @Nullable String sheet) throws IOException {
		return read(file, sheet, null);
	}

	/**
	 * The file as Katib reads it.
	 *
	 * @param headerRow the header's row number when detection took the wrong one; {@code 0} for a file without one
	 */
	static SpreadsheetPreview read(@Nullable MultipartFile file, @Nullable String sheet, @Nullable Integer headerRow)
			throws IOException {
		if (file == null || file.isEmpty()) {
			throw KatibException.invalidField("file", "Choose a CSV or XLSX file.");
		}
		if (headerRow != null && (headerRow < 0 || headerRow > MAX_HEADER_ROW)) {
			throw dev.katib.platform.Inputs.invalid("headerRow", "The header row is a row number from 1 to "
					+ MAX_HEADER_ROW + ", or 0 for a file without one.");
		}
		ReadOptions options = (sheet == null || sheet.isBlank()) && headerRow == null ? ReadOptions.DETECT
				: new ReadOptions(null, null, headerRow, sheet == null || sheet.isBlank() ? null : sheet, Map.of());
		return READER.read(file.getBytes(), options);
	}

	static UploadPreview preview(SpreadsheetPreview read) {
		List<RowView> first = read.rows().stream().limit(PREVIEW_ROWS)
			.map(row -> new RowView(row.number(), row.values().stream().map(UploadedSheets::text).toList()))
			.toList();
		return new UploadPreview(read.format(), read.encoding(),
				read.delimiter() == null ? null : String.valueOf(read.delimiter()), read.sheet(), read.sheets(),
				read.headerRow(), read.columns().stream().map(c -> new ColumnView(c.name(), c.type())).toList(),
				read.rows().size(), first, read.problems().size(),
				read.problems().stream()
					.limit(PREVIEW_PROBLEMS)
					.map(p -> new ProblemView(p.row(), p.column(), p.value(), p.kind(), p.expected(), p.message()))
					.toList());
	}

	/** The fields of a new built-in table for the file: one per column, typed as the preview inferred it. */
	static List<NewField> fields(SpreadsheetPreview read) {
		List<NewField> fields = new ArrayList<>();
		for (int c = 0; c < read.columns().size(); c++) {
			fields.add(new NewField(read.columns().get(c).name(), fieldType(read, c)));
		}
		return fields;
	}

	/** A text column with a line break in any cell keeps its lines as long text. */
	private static String fieldType(SpreadsheetPreview read, int column) {
		int index = column;
		return switch (read.columns().get(column).type()) {
			case TEXT -> read.rows().stream()
				.anyMatch(row -> index < row.values().size() && row.values().get(index) instanceof String text
						&& text.indexOf('\n') >= 0) ? "longText" : "text";
			case INTEGER, DECIMAL, PERCENT, CURRENCY -> "number";
			case BOOLEAN -> "checkbox";
			case DATE -> "date";
			case DATE_TIME -> "dateTime";
			case EMAIL -> "email";
			case PHONE -> "phone";
			case URL -> "url";
		};
	}

	/**
	 * The rows to import; a datetime without a zone is taken in the organisation's zone. A cell that
	 * failed its column's type is passed on as written, so that the import refuses its row and says why
	 * instead of importing it blank.
	 */
	static ImportRows rows(SpreadsheetPreview read, ZoneId zone) {
		List<String> header = read.columns().stream().map(Column::name).toList();
		Map<String, String> failed = new HashMap<>();
		read.problems().forEach(p -> failed.put(p.row() + "\u0000" + p.column(), p.value()));
		List<List<CellValue>> rows = new ArrayList<>(read.rows().size());
		for (TypedRow row : read.rows()) {
			List<CellValue> cells = new ArrayList<>(header.size());
			for (int i = 0; i < header.size(); i++) {
				String asWritten = failed.get(row.number() + "\u0000" + header.get(i));
				cells.add(asWritten != null ? new CellValue.Text(asWritten)
						: cell(i < row.values().size() ? row.values().get(i) : null, zone));
			}
			rows.add(cells);
		}
		return new ImportRows(header, rows);
	}

	private static CellValue cell(@Nullable Object value, ZoneId zone) {
		return switch (value) {
			case null -> new CellValue.Empty();
			case String text -> new CellValue.Text(text);
			case Boolean bool -> new CellValue.Bool(bool);
			case Long number -> new CellValue.Number(BigDecimal.valueOf(number));
			case BigDecimal number -> new CellValue.Number(number);
			case Money money -> new CellValue.Number(money.amount());
			case LocalDate day -> new CellValue.Day(day);
			case LocalDateTime moment -> new CellValue.Moment(moment.atZone(zone).toInstant());
			default -> new CellValue.Text(value.toString());
		};
	}

	private static @Nullable String text(@Nullable Object value) {
		return value == null ? null : value.toString();
	}
}
