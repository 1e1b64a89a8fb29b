package dev.katib.connectors.sheets;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Values to write into one row of a sheet, from its first column. Text is written as it is, never
 * read as a formula; numbers and booleans keep their type; dates are written as ISO text.
 *
 * @param sheet the sheet's title
 * @param row the row number
 * @param values the cells, {@code null} to empty one
 */
public record RowValues(String sheet, int row, List<@Nullable Object> values) {

	public RowValues {
		if (row < 1) {
			throw new IllegalArgumentException("Sheet rows are numbered from 1");
		}
		values = Collections.unmodifiableList(new ArrayList<>(values));
	}
}
