package dev.katib.automation.batch;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import dev.katib.accounts.Caller;
import dev.katib.connectors.FieldMappings;
import dev.katib.connectors.MappedRecord;
import dev.katib.connectors.RecordQuery;
import dev.katib.connectors.SourceRecord;
import dev.katib.connectors.SourceRecords;
import dev.katib.connectors.TableRef;
import dev.katib.platform.Inputs;

/**
 * The records a run drafts, read from the source through its view and conditions and seen through the table's
 * field mapping: the letter fields from the mapping, and every column's value as text for the merge fields, which
 * name the table's columns (and the mapping's own merge fields, by their names).
 */
@Component
class RunRecords {

	/** The most records one run drafts. */
	static final int MAX_ROWS = 5000;

	private final SourceRecords records;
	private final FieldMappings mappings;

	RunRecords(SourceRecords records, FieldMappings mappings) {
		this.records = records;
		this.mappings = mappings;
	}

	/** Every record of the run, in the source's order. */
	List<MappedRecord> all(Caller caller, TableRef table, @Nullable String view, List<Condition> conditions) {
		List<SourceRecord> found = records.listAll(caller, table, query(view, conditions, RecordQuery.MAX_PAGE_SIZE),
				MAX_ROWS + 1);
		if (found.size() > MAX_ROWS) {
			throw Inputs.invalid("conditions", "A run drafts at most " + MAX_ROWS
					+ " letters; choose a view or conditions that keep fewer records.");
		}
		return mapped(caller, table, found);
	}

	/** The first records of the run, for its preview. */
	List<MappedRecord> first(Caller caller, TableRef table, @Nullable String view, List<Condition> conditions,
			int count) {
		return mapped(caller, table, records.list(caller, table, query(view, conditions, count)).records());
	}

	private List<MappedRecord> mapped(Caller caller, TableRef table, List<SourceRecord> found) {
		List<MappedRecord> mapped = mappings.map(caller, table, found);
		return java.util.stream.IntStream.range(0, found.size())
			.mapToObj(i -> withColumns(mapped.get(i), found.get(i)))
			.toList();
	}

	private static MappedRecord withColumns(MappedRecord mapped, SourceRecord record) {
		Map<String, String> merge = new LinkedHashMap<>();
		record.fields().forEach((column, value) -> {
			String text = MappedRecord.text(value);
			if (text != null && !text.isBlank()) {
				merge.put(column, text.strip());
			}
		});
		merge.putAll(mapped.mergeFields());
		return new MappedRecord(record.id(), mapped.fields(), merge);
	}

	private static RecordQuery query(@Nullable String view, List<Condition> conditions, int pageSize) {
		RecordQuery first = RecordQuery.firstPage(pageSize).withFilter(Condition.filter(conditions));
		return view == null ? first : new RecordQuery(first.pageSize(), null, null, List.of(), List.of(), view,
				first.filter(), RecordQuery.CellFormat.JSON, null, null, false);
	}
}
