package dev.katib.assistant.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import dev.katib.accounts.Caller;
import dev.katib.connectors.DataSources;
import dev.katib.connectors.RecordQuery;
import dev.katib.connectors.SourceRecord;
import dev.katib.connectors.SourceRecords;
import dev.katib.connectors.SourceTable;
import dev.katib.connectors.TableRef;
import dev.katib.platform.ArabicText;
import dev.katib.platform.KatibException;

/**
 * Finds, for each record of an upsert, the record it updates by the values of its key fields, before anything is
 * written: a key that matches several records, or two records of the batch with the same key, refuse the batch.
 */
@Component
class RecordUpserts {

	/** A record of the batch and the record it updates, or {@code null} when it is created. */
	record Target(@Nullable String recordId, Map<String, @Nullable Object> values) {
	}

	private final DataSources sources;
	private final SourceRecords records;

	RecordUpserts(DataSources sources, SourceRecords records) {
		this.sources = sources;
		this.records = records;
	}

	List<Target> targets(Caller caller, TableRef ref, List<String> keyFields, List<Map<String, @Nullable Object>> batch) {
		SourceTable table = sources.table(caller, ref);
		List<String> keys = keyFields.stream().map(name -> Conditions.field(table, name).name()).toList();
		Set<String> seen = new HashSet<>();
		List<Target> targets = new ArrayList<>(batch.size());
		for (int i = 0; i < batch.size(); i++) {
			Map<String, @Nullable Object> values = batch.get(i);
			List<Conditions.Condition> conditions = new ArrayList<>();
			for (String key : keys) {
				Object value = values.get(key);
				if (value == null || value.toString().isBlank()) {
					throw KatibException.invalidField("records[" + i + "]." + key, "needs a value: it is a key field");
				}
				conditions.add(new Conditions.Condition(key, Conditions.Operator.EQUALS, value.toString()));
			}
			String folded = conditions.stream().map(c -> ArabicText.searchable(c.value())).toList().toString();
			if (!seen.add(folded)) {
				throw KatibException.invalidField("records[" + i + "]", "has the same key as an earlier record of the batch");
			}
			List<SourceRecord> matches = records.list(caller, ref, RecordQuery.firstPage(2)
				.withFilter(Conditions.filter(table, conditions, false))).records();
			if (matches.size() > 1) {
				throw KatibException.invalidField("records[" + i + "]",
						"matches several records by its key; choose key fields that identify one record");
			}
			targets.add(new Target(matches.isEmpty() ? null : matches.getFirst().id(), values));
		}
		return targets;
	}
}
