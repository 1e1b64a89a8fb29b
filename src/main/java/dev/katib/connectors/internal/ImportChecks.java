package dev.katib.connectors.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.katib.connectors.SourceTable;
import dev.katib.connectors.TableField;
import dev.katib.connectors.backend.FieldValues;

/** What an import's header and upsert key must be for its table. */
final class ImportChecks {

	private ImportChecks() {
	}

	/** The writable field of each column; every column must name one, once. */
	static List<TableField> columns(SourceTable schema, List<String> header) {
		List<TableField> columns = new ArrayList<>();
		List<String> unknown = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (String column : header) {
			var field = schema.field(column.strip()).filter(f -> f.type().writable());
			if (field.isEmpty()) {
				unknown.add(column);
			}
			else if (!seen.add(field.get().name())) {
				throw FieldValues.invalid("header", "names field '" + field.get().name() + "' twice");
			}
			else {
				columns.add(field.get());
			}
		}
		if (!unknown.isEmpty()) {
			throw FieldValues.invalid("header", "has columns that are no writable field of table " + schema.name() + ": "
					+ String.join(", ", unknown));
		}
		return columns;
	}

	static void upsertKey(int most, List<String> header, List<String> key) {
		if (key.size() > most) {
			throw FieldValues.invalid("upsertKey", "may name at most " + most + " columns");
		}
		for (String column : key) {
			if (!header.contains(column)) {
				throw FieldValues.invalid("upsertKey", "names '" + column + "', which is not a column of the rows");
			}
		}
	}
}
