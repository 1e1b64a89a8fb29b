package dev.katib.connectors.sheets;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jspecify.annotations.Nullable;

import dev.katib.connectors.Base;
import dev.katib.connectors.RecordPage;
import dev.katib.connectors.RecordQuery;
import dev.katib.connectors.SourceException;
import dev.katib.connectors.SourceKind;
import dev.katib.connectors.SourceRecord;
import dev.katib.connectors.SourceTable;
import dev.katib.connectors.backend.SourceAccess;
import dev.katib.connectors.backend.TableBackend;

/**
 * Google Sheets as a source: each spreadsheet added to it is a base, each sheet a table whose first
 * row names the fields, and each row below it a record whose id is its row number. Deleting a record
 * empties its row, so that no other record's id moves.
 */
class SheetsBackend implements TableBackend {

	private final SheetsClients clients;
	private final Supplier<String> instanceKey;
	private final Spreadsheets spreadsheets;
	private final SheetSnapshots snapshots;
	// each listing resolves its table first: the sheets and their headers are kept briefly instead of read twice
	private final Cache<String, List<SourceTable>> tables = Caffeine.newBuilder()
		.expireAfterWrite(Duration.ofSeconds(30))
		.maximumSize(1_000)
		.build();

	SheetsBackend(SheetsClients clients, Supplier<String> instanceKey, Spreadsheets spreadsheets,
			SheetSnapshots snapshots) {
		this.clients = clients;
		this.instanceKey = instanceKey;
		this.spreadsheets = spreadsheets;
		this.snapshots = snapshots;
	}

	@Override
	public SourceKind kind() {
		return SourceKind.GOOGLE_SHEETS;
	}

	@Override
	public int maxRecordsPerWrite() {
		return 500;
	}

	@Override
	public void check(SourceAccess source) {
		client(source);
	}

	@Override
	public List<Base> bases(SourceAccess source) {
		return spreadsheets.list(source);
	}

	@Override
	public Base addBase(SourceAccess source, String reference) {
		String id = Spreadsheets.idOf(reference);
		Spreadsheet spreadsheet = call(source, () -> client(source).describe(id));
		spreadsheets.add(source, spreadsheet);
		return new Base(spreadsheet.id(), spreadsheet.title());
	}

	@Override
	public void removeBase(SourceAccess source, String baseId) {
		if (!spreadsheets.remove(source, baseId)) {
			throw notAdded(source);
		}
		tables.invalidateAll();
	}

	@Override
	public List<SourceTable> tables(SourceAccess source, String baseId) {
		requireAdded(source, baseId);
		return tables.get(source.sourceId() + "/" + source.credentialFingerprint() + "/" + baseId,
				key -> readTables(source, baseId));
	}

	private List<SourceTable> readTables(SourceAccess source, String baseId) {
		SheetsClient client = client(source);
		return call(source, () -> {
			List<SheetInfo> sheets = client.sheets(baseId);
			List<List<String>> headers = client.headers(baseId, sheets.stream().map(SheetInfo::title).toList());
			List<SourceTable> tables = new ArrayList<>();
			for (int i = 0; i < sheets.size(); i++) {
				tables.add(SheetRecords.table(sheets.get(i), headers.get(i)));
			}
			return tables;
		});
	}

	@Override
	public RecordPage list(SourceAccess source, String baseId, SourceTable table, RecordQuery query) {
		SheetTable sheet = read(source, baseId, table);
		Map<Integer, Instant> changedAt = SheetRecords.asksForChanges(query.filter())
				? snapshots.changedAt(source, baseId, table.id(), sheet) : Map.of();
		return SheetRecords.page(SheetRecords.records(table, sheet), query, changedAt);
	}

	@Override
	public SourceRecord get(SourceAccess source, String baseId, SourceTable table, String recordId) {
		return row(source, read(source, baseId, table), table, recordId);
	}

	@Override
	public List<SourceRecord> create(SourceAccess source, String baseId, SourceTable table,
			List<Map<String, Object>> records, boolean typecast) {
		requireAdded(source, baseId);
		List<List<@Nullable Object>> rows = records.stream()
			.map(values -> SheetRecords.cells(table, nullable(values), Map.of()))
			.toList();
		List<Integer> written = call(source, () -> client(source).append(baseId, table.name(), rows));
		List<SourceRecord> created = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			if (written.get(i) < 2) {
				throw new SourceException(SourceException.UNAVAILABLE, "Google Sheets did not say which rows it wrote to «"
						+ table.name() + "»; look at the sheet before trying again.", source.sourceId(), source.name());
			}
			List<String> shown = rows.get(i).stream().map(v -> v == null ? "" : v.toString()).toList();
			created.add(SheetRecords.record(table, new SheetTable.Row(written.get(i), shown)));
		}
		return created;
	}

	@Override
	public SourceRecord update(SourceAccess source, String baseId, SourceTable table, String recordId,
			Map<String, Object> fields, boolean typecast) {
		SourceRecord current = get(source, baseId, table, recordId);
		List<@Nullable Object> cells = SheetRecords.cells(table, nullable(fields), current.fields());
		int row = Integer.parseInt(current.id());
		call(source, () -> {
			client(source).update(baseId, List.of(new RowValues(table.name(), row, cells)));
			return null;
		});
		List<String> shown = cells.stream().map(v -> v == null ? "" : v.toString()).toList();
		return SheetRecords.record(table, new SheetTable.Row(row, shown));
	}

	@Override
	public Upserted upsert(SourceAccess source, String baseId, SourceTable table, List<Map<String, Object>> records,
			List<String> mergeOn, boolean typecast) {
		Map<List<String>, SourceRecord> existing = new HashMap<>();
		for (SourceRecord record : SheetRecords.records(table, read(source, baseId, table))) {
			existing.putIfAbsent(key(record.fields(), mergeOn), record);
		}
		List<RowValues> updates = new ArrayList<>();
		List<String> updated = new ArrayList<>();
		List<Map<String, Object>> added = new ArrayList<>();
		for (Map<String, Object> values : records) {
			SourceRecord match = existing.get(key(values, mergeOn));
			if (match == null) {
				added.add(values);
			}
			else {
				updates.add(new RowValues(table.name(), Integer.parseInt(match.id()),
						SheetRecords.cells(table, nullable(values), match.fields())));
				updated.add(match.id());
			}
		}
		call(source, () -> {
			client(source).update(baseId, updates);
			return null;
		});
		List<String> created = create(source, baseId, table, added, typecast).stream().map(SourceRecord::id).toList();
		return new Upserted(created, updated);
	}

	@Override
	public void delete(SourceAccess source, String baseId, SourceTable table, List<String> recordIds) {
		SheetTable sheet = read(source, baseId, table);
		List<Integer> rows = recordIds.stream().map(id -> Integer.parseInt(row(source, sheet, table, id).id())).toList();
		call(source, () -> {
			client(source).clear(baseId, table.name(), rows);
			return null;
		});
	}

	private SheetTable read(SourceAccess source, String baseId, SourceTable table) {
		requireAdded(source, baseId);
		return call(source, () -> client(source).read(baseId, SheetRange.whole(table.name())));
	}

	private static SourceRecord row(SourceAccess source, SheetTable sheet, SourceTable table, String recordId) {
		int number = SheetRecords.rowNumber(recordId);
		return sheet.rows().stream()
			.filter(row -> row.number() == number)
			.findFirst()
			.map(row -> SheetRecords.record(table, row))
			.orElseThrow(() -> new SourceException(SourceException.NOT_FOUND, "Row " + recordId + " of the sheet «"
					+ table.name() + "» is empty or does not exist.", source.sourceId(), source.name()));
	}

	private static List<String> key(Map<String, ?> values, List<String> mergeOn) {
		return mergeOn.stream().map(field -> {
			String text = SheetRecords.text(values.get(field));
			return text == null ? "" : text;
		}).toList();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, @Nullable Object> nullable(Map<String, ?> values) {
		return (Map<String, @Nullable Object>) values;
	}

	private void requireAdded(SourceAccess source, String baseId) {
		if (spreadsheets.find(source, baseId).isEmpty()) {
			throw notAdded(source);
		}
	}

	private static SourceException notAdded(SourceAccess source) {
		return new SourceException(SourceException.NOT_FOUND, "This spreadsheet was not added to the source «"
				+ source.name() + "»: add it by its link first.", source.sourceId(), source.name());
	}

	private SheetsClient client(SourceAccess source) {
		return call(source, () -> clients.client(source.credential().isEmpty() ? instanceKey.get() : source.credential()));
	}

	private static <T> T call(SourceAccess source, Supplier<T> call) {
		try {
			return call.get();
		}
		catch (SheetsException ex) {
			throw SheetsFailures.of(ex, source);
		}
	}
}
