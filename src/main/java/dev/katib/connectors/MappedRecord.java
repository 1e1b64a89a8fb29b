package dev.katib.connectors;

import java.util.Map;

/**
 * A record as letters see it through a {@link FieldMapping}: each mapped value as text, gender as
 * {@code FEMALE} or {@code MALE} when the column says so plainly.
 *
 * @param recordId the record
 * @param fields letter fields with a value
 * @param mergeFields merge fields with a value
 */
public record MappedRecord(String recordId, Map<LetterField, String> fields, Map<String, String> mergeFields) {

	public MappedRecord {
		fields = Map.copyOf(fields);
		mergeFields = Map.copyOf(mergeFields);
	}
}
