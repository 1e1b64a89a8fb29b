package dev.katib.connectors.spreadsheet;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A row of a read spreadsheet.
 *
 * @param number its row number as the spreadsheet program shows it (the header is usually row 1)
 * @param values one value per column, of the column type's Java class, {@code null} when blank or
 *        when the cell failed (see {@link SpreadsheetPreview#problems()})
 */
public record TypedRow(int number, List<@Nullable Object> values) {

	public TypedRow {
		values = Collections.unmodifiableList(new ArrayList<>(values));
	}
}
