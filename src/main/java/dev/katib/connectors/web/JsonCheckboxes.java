package dev.katib.connectors.web;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.katib.connectors.FieldType;
import dev.katib.connectors.SourceTable;
import dev.katib.connectors.TableField;
import dev.katib.platform.KatibException;
import dev.katib.platform.ProblemType;

/**
 * A tick box takes a JSON boolean through the API, nothing else: {@code "yes"}, {@code 1} or {@code "true"} are a
 * client's mistake, refused naming the field rather than guessed at. Forms and spreadsheets, which only have text,
 * are read by their own rules.
 */
final class JsonCheckboxes {

	private JsonCheckboxes() {
	}

	/** Refuses a record's values where a tick box holds anything but {@code true}, {@code false} or {@code null}. */
	static void require(SourceTable table, Map<String, @Nullable Object> fields) {
		fields.forEach((name, value) -> {
			if (isCheckbox(table, name) && !fits(value)) {
				throw refused(name, "Field '" + name + "' is a tick box and takes true or false.", Map.of());
			}
		});
	}

	/** The same for rows to import, naming the row too (counting from 1). */
	static void require(SourceTable table, List<String> header, List<List<@Nullable Object>> rows) {
		for (int c = 0; c < header.size(); c++) {
			if (!isCheckbox(table, header.get(c))) {
				continue;
			}
			for (int r = 0; r < rows.size(); r++) {
				List<@Nullable Object> row = rows.get(r);
				if (c < row.size() && !fits(row.get(c))) {
					throw refused(header.get(c), "Row " + (r + 1) + ": field '" + header.get(c)
							+ "' is a tick box and takes true or false.", Map.of("row", r + 1));
				}
			}
		}
	}

	private static boolean isCheckbox(SourceTable table, String name) {
		return table.field(name.strip()).map(TableField::type).filter(FieldType.Checkbox.class::isInstance).isPresent();
	}

	private static boolean fits(@Nullable Object value) {
		return value == null || value instanceof Boolean;
	}

	private static KatibException refused(String field, String detail, Map<String, Object> more) {
		Map<String, Object> properties = new java.util.LinkedHashMap<>(more);
		properties.put("field", field);
		return new KatibException(ProblemType.VALIDATION_FAILED, detail, properties);
	}
}
