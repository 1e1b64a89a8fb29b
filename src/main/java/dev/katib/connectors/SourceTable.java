package dev.katib.connectors;

import java.util.List;
import java.util.Optional;

/**
 * A table and its schema.
 *
 * @param id its id in the base
 * @param name its name
 * @param primaryFieldId the field that names a record (Airtable's primary field)
 * @param fields its columns in order
 * @param views the names of its views, which may order and filter the records
 */
public record SourceTable(String id, String name, String primaryFieldId, List<TableField> fields,
		List<String> views) {

	public SourceTable {
		fields = List.copyOf(fields);
		views = List.copyOf(views);
	}

	public Optional<TableField> field(String idOrName) {
		return fields.stream().filter(f -> f.id().equals(idOrName) || f.name().equals(idOrName)).findFirst();
	}

	public TableField primaryField() {
		return field(primaryFieldId).orElse(fields.getFirst());
	}
}
