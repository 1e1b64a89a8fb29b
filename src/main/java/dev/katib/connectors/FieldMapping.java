package dev.katib.connectors;

import java.util.Map;

/**
 * Which column of a table gives each letter field, and which give the organisation's own merge fields.
 *
 * @param table the table
 * @param fields letter field to column name
 * @param mergeFields merge field name (as letters write it, e.g. {@code case_number}) to column name
 */
public record FieldMapping(TableRef table, Map<LetterField, String> fields, Map<String, String> mergeFields) {

	public FieldMapping {
		fields = Map.copyOf(fields);
		mergeFields = Map.copyOf(mergeFields);
	}
}
