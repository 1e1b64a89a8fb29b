package dev.katib.connectors.sheets;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import dev.katib.connectors.FieldType;
import dev.katib.connectors.Filter;
import dev.katib.connectors.RecordPage;
import dev.katib.connectors.RecordQuery;
import dev.katib.connectors.SourceRecord;
import dev.katib.connectors.SourceTable;
import dev.katib.connectors.TableField;
import dev.katib.connectors.backend.FieldValues;

/**
 * A sheet read as a table: its first row names the fields (a blank heading becomes "Column C", a
 * repeated one "Name (2)"), each non-blank row below it is a record whose id is its row number, and
 * values are the text the sheet shows. Listings are filtered, sorted and paged here, since the Sheets
 * API does none of it.
 */
final class SheetRecords {

	static final FieldType TEXT = new FieldType.Text(FieldType.Text.Format.LINE);

	private SheetRecords() {
	}

	static SourceTable table(SheetInfo sheet, List<String> header) {
		List<TableField> fields = names(header).stream().map(name -> new TableField(name, name, TEXT)).toList();
		if (fields.isEmpty()) {
			fields = List.of(new TableField(column(0), column(0), TEXT));
		}
		return new SourceTable(Integer.toString(sheet.sheetId()), sheet.title(), fields.getFirst().id(), fields, List.of());
	}

	static List<String> names(List<String> header) {
		List<String> names = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < header.size(); i++) {
			String name = header.get(i).strip().isEmpty() ? column(i) : header.get(i).strip();
			String unique = name;
			for (int n = 2; !seen.add(unique); n++) {
				unique = name + " (" + n + ")";
			}
			names.add(unique);
		}
		return names;
	}

	/** "Column A", "Column AB", … for the column at this index. */
	static String column(int index) {
		StringBuilder letters = new StringBuilder();
		for (int n = index + 1; n > 0; n = (n - 1) / 26) {
			letters.insert(0, (char) ('A' + (n - 1) % 26));
		}
		return "Column " + letters;
	}

	static List<SourceRecord> records(SourceTable table, SheetTable sheet) {
		return sheet.rows().stream().map(row -> record(table, row)).toList();
	}

	static SourceRecord record(SourceTable table, SheetTable.Row row) {
		Map<String, Object> fields = new LinkedHashMap<>();
		for (int i = 0; i < table.fields().size() && i < row.values().size(); i++) {
			if (!row.values().get(i).isEmpty()) {
				fields.put(table.fields().get(i).name(), row.values().get(i));
			}
		}
		return new SourceRecord(Integer.toString(row.number()), null, fields);
	}

	/** The cells of a row, in the table's column order, from values by field name; absent fields keep {@code current}. */
	static List<@Nullable Object> cells(SourceTable table, Map<String, @Nullable Object> values, Map<String, Object> current) {
		List<@Nullable Object> cells = new ArrayList<>();
		for (TableField field : table.fields()) {
			Object value = values.containsKey(field.name()) ? values.get(field.name()) : current.get(field.name());
			cells.add(value == null ? null : text(value));
		}
		return cells;
	}

	/** One page of the records the query keeps, in its order. */
	static RecordPage page(List<SourceRecord> records, RecordQuery query, Map<Integer, Instant> changedAt) {
		List<SourceRecord> kept = new ArrayList<>(query.filter() == null ? records
				: records.stream().filter(r -> matches(query.filter(), r, changedAt)).toList());
		for (RecordQuery.Sort sort : query.sort().reversed()) {
			Comparator<SourceRecord> order = Comparator.comparing(r -> text(r.fields().get(sort.field())),
					Comparator.nullsLast(Comparator.<String>naturalOrder()));
			kept.sort(sort.descending() ? order.reversed() : order);
		}
		int from = offset(query.offset());
		int end = query.maxRecords() == null ? kept.size() : Math.min(kept.size(), query.maxRecords());
		int to = Math.min(end, from + query.pageSize());
		List<SourceRecord> page = from >= to ? List.of() : kept.subList(from, to);
		if (!query.fields().isEmpty()) {
			page = page.stream().map(r -> new SourceRecord(r.id(), null, only(r.fields(), query.fields()))).toList();
		}
		return new RecordPage(page, to < end ? Integer.toString(to) : null);
	}

	static boolean matches(Filter filter, SourceRecord record, Map<Integer, Instant> changedAt) {
		return switch (filter) {
			case Filter.Equals equals -> {
				String value = text(record.fields().get(equals.field()));
				yield value == null ? text(equals.value()).isEmpty() : value.equals(text(equals.value()));
			}
			case Filter.Contains contains -> {
				String value = text(record.fields().get(contains.field()));
				yield value != null && value.toLowerCase(Locale.ROOT).contains(contains.text().toLowerCase(Locale.ROOT));
			}
			case Filter.RecordIdIn in -> in.ids().contains(record.id());
			case Filter.ModifiedAfter after -> changedAt.getOrDefault(Integer.parseInt(record.id()), Instant.EPOCH)
				.isAfter(after.moment());
			case Filter.All all -> all.filters().stream().allMatch(f -> matches(f, record, changedAt));
			case Filter.Any any -> any.filters().stream().anyMatch(f -> matches(f, record, changedAt));
		};
	}

	static boolean asksForChanges(@Nullable Filter filter) {
		return switch (filter) {
			case null -> false;
			case Filter.ModifiedAfter after -> true;
			case Filter.All all -> all.filters().stream().anyMatch(SheetRecords::asksForChanges);
			case Filter.Any any -> any.filters().stream().anyMatch(SheetRecords::asksForChanges);
			default -> false;
		};
	}

	/** A value as a sheet shows it: numbers without trailing zeros, checkboxes as TRUE or FALSE. */
	static @Nullable String text(@Nullable Object value) {
		return switch (value) {
			case null -> null;
			case BigDecimal number -> number.stripTrailingZeros().toPlainString();
			case Boolean flag -> flag ? "TRUE" : "FALSE";
			default -> value.toString();
		};
	}

	/** A record id as a row number below the header, or -1. */
	static int rowNumber(String recordId) {
		try {
			int row = Integer.parseInt(recordId);
			return row >= 2 ? row : -1;
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	private static Map<String, Object> only(Map<String, Object> fields, List<String> names) {
		Map<String, Object> kept = new LinkedHashMap<>(fields);
		kept.keySet().retainAll(names);
		return kept;
	}

	private static int offset(@Nullable String offset) {
		try {
			return offset == null ? 0 : Math.max(0, Integer.parseInt(offset));
		}
		catch (NumberFormatException ex) {
			throw FieldValues.invalid("offset", "is not an offset of this table");
		}
	}
}
