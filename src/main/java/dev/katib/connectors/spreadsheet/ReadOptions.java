package dev.katib.connectors.spreadsheet;

import java.nio.charset.Charset;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Choices a person makes on the preview when the detection got something wrong; {@code null}
 * means "detect it".
 *
 * @param encoding the character encoding of a CSV file
 * @param delimiter the delimiter of a CSV file: comma, semicolon, tab or pipe
 * @param headerRow the row number of the header row, or {@code 0} for a file without one
 * @param sheet the name of the XLSX sheet to read (the first one otherwise)
 * @param columnTypes a type per column name, for columns whose inferred type is not wanted
 */
public record ReadOptions(@Nullable Charset encoding, @Nullable Character delimiter, @Nullable Integer headerRow,
		@Nullable String sheet, Map<String, ColumnType> columnTypes) {

	/** Detect everything. */
	public static final ReadOptions DETECT = new ReadOptions(null, null, null, null, Map.of());

	public ReadOptions {
		columnTypes = Map.copyOf(columnTypes);
		if (delimiter != null && ",;\t|".indexOf(delimiter) < 0) {
			throw new IllegalArgumentException("A delimiter is a comma, a semicolon, a tab or a pipe");
		}
		if (headerRow != null && headerRow < 0) {
			throw new IllegalArgumentException("A header row is a row number, or 0 for none");
		}
	}
}
