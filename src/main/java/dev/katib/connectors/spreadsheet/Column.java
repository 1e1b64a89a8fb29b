package dev.katib.connectors.spreadsheet;

import java.util.Objects;

/**
 * A column of a table.
 *
 * @param name its name, unique within the table
 * @param type what its values are
 */
public record Column(String name, ColumnType type) {

	public Column {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(type, "type");
	}
}
