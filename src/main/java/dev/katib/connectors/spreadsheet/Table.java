package dev.katib.connectors.spreadsheet;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A table to export, or the typed content of a read spreadsheet: columns, and rows of values whose
 * classes are those of {@link ColumnType#javaType()} ({@code null} for a blank cell).
 *
 * @param columns the columns, with unique names
 * @param rows the rows; a row may be shorter than the columns (its last cells are blank), never longer
 */
public record Table(List<Column> columns, List<List<@Nullable Object>> rows) {

	public Table {
		columns = List.copyOf(columns);
		if (new HashSet<>(columns.stream().map(Column::name).toList()).size() != columns.size()) {
			throw new IllegalArgumentException("The columns of a table have unique names");
		}
		List<List<@Nullable Object>> copies = new ArrayList<>(rows.size());
		for (List<@Nullable Object> row : rows) {
			if (row.size() > columns.size()) {
				throw new IllegalArgumentException(
						"A row has " + row.size() + " values but the table has " + columns.size() + " columns");
			}
			copies.add(Collections.unmodifiableList(new ArrayList<>(row)));
		}
		rows = Collections.unmodifiableList(copies);
	}
}
