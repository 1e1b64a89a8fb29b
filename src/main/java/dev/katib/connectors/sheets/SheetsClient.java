package dev.katib.connectors.sheets;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.google.api.services.sheets.v4.Sheets;
import com.google.api.services.sheets.v4.model.BatchClearValuesRequest;
import com.google.api.services.sheets.v4.model.BatchUpdateValuesRequest;
import com.google.api.services.sheets.v4.model.Sheet;
import com.google.api.services.sheets.v4.model.ValueRange;

import org.jspecify.annotations.Nullable;

/**
 * One service account's access to Google Sheets, over Google's official client: read a range as a
 * table, list a spreadsheet's sheets, append, update and clear rows. Every request is paced under
 * the account's quota and waits out Google's 429s; failures are {@link SheetsException}s.
 * Made by {@link SheetsClients}; thread-safe.
 */
public final class SheetsClient {

	private final Sheets sheets;
	private final SheetsErrors errors;
	private final SheetsSettings settings;

	SheetsClient(Sheets sheets, SheetsErrors errors, SheetsSettings settings) {
		this.sheets = sheets;
		this.errors = errors;
		this.settings = settings;
	}

	@FunctionalInterface
	private interface Call<T> {

		T run() throws IOException;
	}

	/** The spreadsheet's sheets (tabs), in order; also the check that the spreadsheet is shared with the account. */
	public List<SheetInfo> sheets(String spreadsheetId) {
		return describe(spreadsheetId).sheets();
	}

	/** The spreadsheet's title and sheets; also the check that it is shared with the account. */
	public Spreadsheet describe(String spreadsheetId) {
		var spreadsheet = call(spreadsheetId, false, () -> sheets.spreadsheets()
			.get(spreadsheetId)
			.setFields("properties.title,sheets.properties(sheetId,title,index,gridProperties(rowCount,columnCount))")
			.execute());
		List<SheetInfo> found = new ArrayList<>();
		for (Sheet sheet : Objects.requireNonNullElse(spreadsheet.getSheets(), List.<Sheet>of())) {
			var properties = sheet.getProperties();
			var grid = properties.getGridProperties();
			found.add(new SheetInfo(orZero(properties.getSheetId()), properties.getTitle(), orZero(properties.getIndex()),
					grid == null ? 0 : orZero(grid.getRowCount()), grid == null ? 0 : orZero(grid.getColumnCount())));
		}
		String title = spreadsheet.getProperties() == null ? null : spreadsheet.getProperties().getTitle();
		return new Spreadsheet(spreadsheetId, title == null || title.isBlank() ? spreadsheetId : title, found);
	}

	/** The first row of each of these sheets, in one request. */
	public List<List<String>> headers(String spreadsheetId, List<String> sheetTitles) {
		if (sheetTitles.isEmpty()) {
			return List.of();
		}
		var answer = call(spreadsheetId, false, () -> sheets.spreadsheets().values().batchGet(spreadsheetId)
			.setRanges(sheetTitles.stream().map(title -> SheetRange.whole(title).a1(1, 1)).toList())
			.execute());
		List<ValueRange> ranges = Objects.requireNonNullElse(answer.getValueRanges(), List.of());
		List<List<String>> headers = new ArrayList<>();
		for (int i = 0; i < sheetTitles.size(); i++) {
			List<List<Object>> values = i < ranges.size() ? ranges.get(i).getValues() : null;
			headers.add(values == null || values.isEmpty() ? List.of()
					: values.getFirst().stream().map(String::valueOf).toList());
		}
		return headers;
	}

	/** A range as a table: its first row is the header; the rest are read a page of rows at a time. */
	public SheetTable read(String spreadsheetId, SheetRange range) {
		SheetInfo sheet = sheets(spreadsheetId).stream()
			.filter(s -> s.title().equals(range.sheet()))
			.findFirst()
			.orElseThrow(() -> new SheetsException.NotFound("The spreadsheet has no sheet named «" + range.sheet() + "»."));
		int last = range.lastRow() == null ? sheet.rowCount() : Math.min(range.lastRow(), sheet.rowCount());
		List<String> header = List.of();
		List<SheetTable.Row> rows = new ArrayList<>();
		for (int from = range.firstRow(); from <= last; from += settings.rowsPerPage()) {
			String a1 = range.a1(from, Math.min(last, from + settings.rowsPerPage() - 1));
			var page = call(spreadsheetId, false, () -> sheets.spreadsheets().values().batchGet(spreadsheetId)
				.setRanges(List.of(a1))
				.execute());
			List<List<Object>> values = page.getValueRanges() == null || page.getValueRanges().isEmpty() ? null
					: page.getValueRanges().getFirst().getValues();
			for (int i = 0; values != null && i < values.size(); i++) {
				List<String> cells = values.get(i).stream().map(String::valueOf).toList();
				if (from + i == range.firstRow()) {
					header = cells;
				}
				else if (cells.stream().anyMatch(cell -> !cell.isBlank())) {
					rows.add(new SheetTable.Row(from + i, cells));
				}
			}
		}
		int width = Math.max(header.size(), rows.stream().mapToInt(row -> row.values().size()).max().orElse(0));
		return new SheetTable(sheet.title(), padded(header, width),
				rows.stream().map(row -> new SheetTable.Row(row.number(), padded(row.values(), width))).toList());
	}

	/**
	 * Adds rows after the last filled row of the sheet, in requests of {@code rowsPerWrite} rows (each atomic).
	 *
	 * @return the row numbers the rows were written to, in order
	 */
	public List<Integer> append(String spreadsheetId, String sheet, List<List<@Nullable Object>> rows) {
		String range = "'" + sheet.replace("'", "''") + "'!A1";
		List<Integer> written = new ArrayList<>();
		for (List<List<@Nullable Object>> chunk : chunks(rows)) {
			List<List<Object>> values = chunk.stream().map(SheetsClient::cells).toList();
			var answer = call(spreadsheetId, true, () -> sheets.spreadsheets().values()
				.append(spreadsheetId, range, new ValueRange().setValues(values))
				.setValueInputOption("RAW")
				.setInsertDataOption("INSERT_ROWS")
				.execute());
			int first = firstRow(answer.getUpdates() == null ? null : answer.getUpdates().getUpdatedRange());
			for (int i = 0; i < chunk.size(); i++) {
				written.add(first < 0 ? -1 : first + i);
			}
		}
		return written;
	}

	/** The first row number of an A1 range such as {@code 'Staff'!A5:C7}; -1 when it has none. */
	static int firstRow(@Nullable String a1) {
		if (a1 == null) {
			return -1;
		}
		var digits = java.util.regex.Pattern.compile("![A-Za-z]*(\\d+)").matcher(a1);
		return digits.find() ? Integer.parseInt(digits.group(1)) : -1;
	}

	/** Writes rows in place, {@code rowsPerWrite} rows per batch update; each batch is applied wholly or not at all. */
	public void update(String spreadsheetId, List<RowValues> rows) {
		for (List<RowValues> chunk : chunks(rows)) {
			List<ValueRange> data = chunk.stream()
				.map(row -> new ValueRange().setRange("'" + row.sheet().replace("'", "''") + "'!A" + row.row())
					.setValues(List.of(cells(row.values()))))
				.toList();
			call(spreadsheetId, true, () -> sheets.spreadsheets().values()
				.batchUpdate(spreadsheetId, new BatchUpdateValuesRequest().setValueInputOption("RAW").setData(data))
				.execute());
		}
	}

	/** Empties whole rows (they stay in place, so other row numbers do not move), in atomic batches. */
	public void clear(String spreadsheetId, String sheet, List<Integer> rowNumbers) {
		for (List<Integer> chunk : chunks(rowNumbers)) {
			List<String> ranges = chunk.stream().map(row -> "'" + sheet.replace("'", "''") + "'!" + row + ":" + row).toList();
			call(spreadsheetId, true, () -> sheets.spreadsheets().values()
				.batchClear(spreadsheetId, new BatchClearValuesRequest().setRanges(ranges))
				.execute());
		}
	}

	private <T> T call(String spreadsheetId, boolean writing, Call<T> call) {
		try {
			return call.run();
		}
		catch (IOException ex) {
			throw errors.of(ex, spreadsheetId, writing);
		}
	}

	private <T> List<List<T>> chunks(List<T> items) {
		List<List<T>> chunks = new ArrayList<>();
		for (int from = 0; from < items.size(); from += settings.rowsPerWrite()) {
			chunks.add(items.subList(from, Math.min(items.size(), from + settings.rowsPerWrite())));
		}
		return chunks;
	}

	/** Cells as JSON values: text stays text (RAW input never makes a formula), numbers and booleans keep their type. */
	private static List<Object> cells(List<@Nullable Object> values) {
		return values.stream()
			.<Object>map(value -> switch (value) {
				case null -> "";
				case Number number -> number;
				case Boolean flag -> flag;
				default -> value.toString();
			})
			.toList();
	}

	private static List<String> padded(List<String> cells, int width) {
		List<String> padded = new ArrayList<>(cells);
		while (padded.size() < width) {
			padded.add("");
		}
		return padded;
	}

	private static int orZero(@Nullable Integer value) {
		return value == null ? 0 : value;
	}
}
