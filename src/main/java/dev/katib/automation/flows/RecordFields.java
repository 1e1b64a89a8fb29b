package dev.katib.automation.flows;

import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import dev.katib.accounts.Caller;
import dev.katib.connectors.MappedRecord;
import dev.katib.connectors.SourceRecord;
import dev.katib.connectors.SourceRecords;

/** A record of an automation's table as its steps read it: each field's value as text, and {@code record.id}. */
@Component
class RecordFields {

	private final SourceRecords records;

	RecordFields(SourceRecords records) {
		this.records = records;
	}

	Map<String, String> of(Caller caller, Automation automation, String recordId) {
		return of(records.get(caller, DefinitionRules.ref(automation.definition().trigger()), recordId));
	}

	static Map<String, String> of(SourceRecord record) {
		Map<String, String> fields = new HashMap<>();
		record.fields().forEach((name, value) -> {
			String text = MappedRecord.text(value);
			if (text != null) {
				fields.put(name, text);
			}
		});
		fields.put(FlowFields.RECORD_ID, record.id());
		return fields;
	}
}
