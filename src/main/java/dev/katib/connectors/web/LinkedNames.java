package dev.katib.connectors.web;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.katib.accounts.Caller;
import dev.katib.connectors.DataSources;
import dev.katib.connectors.FieldType;
import dev.katib.connectors.Filter;
import dev.katib.connectors.RecordQuery;
import dev.katib.connectors.SourceRecord;
import dev.katib.connectors.SourceRecords;
import dev.katib.connectors.SourceTable;
import dev.katib.connectors.TableField;
import dev.katib.connectors.TableRef;

/**
 * The names of the records a page links to, so the grid shows linked records by name: one request per
 * linked table, for the ids on the page only.
 */
final class LinkedNames {

	private LinkedNames() {
	}

	/** Record id to the value of its table's primary field, for every record the page links to. */
	static Map<String, String> of(Caller caller, TableRef ref, SourceTable table, List<SourceRecord> page,
			DataSources sources, SourceRecords records) {
		Map<String, String> names = new HashMap<>();
		for (TableField field : table.fields()) {
			if (!(field.type() instanceof FieldType.LinkedRecords link) || link.linkedTableId().isBlank()) {
				continue;
			}
			Set<String> ids = new LinkedHashSet<>();
			page.forEach(record -> {
				if (record.fields().get(field.name()) instanceof List<?> linked) {
					linked.forEach(id -> ids.add(String.valueOf(id)));
				}
			});
			if (ids.isEmpty()) {
				continue;
			}
			TableRef linked = new TableRef(ref.sourceId(), ref.baseId(), link.linkedTableId());
			SourceTable linkedTable = sources.table(caller, linked);
			String primary = linkedTable.primaryField().name();
			RecordQuery query = RecordQuery.firstPage(RecordQuery.MAX_PAGE_SIZE)
				.withFilter(new Filter.RecordIdIn(ids.stream().limit(RecordQuery.MAX_PAGE_SIZE).toList()));
			records.list(caller, linked, query).records().forEach(record -> {
				Object name = record.fields().get(primary);
				if (name != null) {
					names.put(record.id(), String.valueOf(name));
				}
			});
		}
		return names;
	}
}
