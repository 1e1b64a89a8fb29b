package dev.katib.connectors.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.katib.connectors.FieldType;
import dev.katib.connectors.NewField;
import dev.katib.connectors.TableField;
import dev.katib.connectors.backend.FieldValues;

/** The field types a built-in table may have, by the names the API uses, and its values as stored JSON. */
final class BuiltInSchema {

	static final Map<String, FieldType> TYPES = Map.of("text", new FieldType.Text(FieldType.Text.Format.LINE),
			"longText", new FieldType.Text(FieldType.Text.Format.LONG), "email",
			new FieldType.Text(FieldType.Text.Format.EMAIL), "url", new FieldType.Text(FieldType.Text.Format.URL),
			"phone", new FieldType.Text(FieldType.Text.Format.PHONE), "number", new FieldType.Decimal(2), "checkbox",
			new FieldType.Checkbox(), "date", new FieldType.Date(), "dateTime", new FieldType.DateTime());

	static final int MAX_FIELDS = 100;

	private BuiltInSchema() {
	}

	static List<TableField> fields(List<NewField> fields) {
		if (fields.isEmpty() || fields.size() > MAX_FIELDS) {
			throw FieldValues.invalid("fields", "needs 1 to " + MAX_FIELDS + " fields");
		}
		List<TableField> out = new java.util.ArrayList<>();
		for (NewField field : fields) {
			String name = FieldValues.cleanText("fields", field.name() == null ? "" : field.name()).strip();
			if (name.isEmpty() || name.length() > 100 || name.contains("{") || name.contains("}")) {
				throw FieldValues.invalid("fields", "needs names of 1 to 100 characters without braces");
			}
			FieldType type = TYPES.get(field.type());
			if (type == null) {
				throw FieldValues.invalid("fields", "has an unknown type '" + field.type() + "' (one of "
						+ String.join(", ", new java.util.TreeSet<>(TYPES.keySet())) + ")");
			}
			if (out.stream().anyMatch(f -> f.name().equals(name))) {
				throw FieldValues.invalid("fields", "names '" + name + "' twice");
			}
			out.add(new TableField(name, name, type));
		}
		return out;
	}

	static String typeName(FieldType type) {
		return TYPES.entrySet().stream().filter(e -> e.getValue().equals(type)).findFirst().orElseThrow().getKey();
	}

	/** Typed values as stored: numbers, booleans and text. */
	static Map<String, Object> stored(Map<String, @Nullable Object> values) {
		Map<String, Object> out = new LinkedHashMap<>();
		values.forEach((name, value) -> {
			if (value != null) {
				out.put(name, value instanceof LocalDate || value instanceof Instant ? value.toString() : value);
			}
		});
		return out;
	}

	/** Stored values typed again as their fields say. */
	static Map<String, Object> typed(List<TableField> fields, Map<String, Object> stored) {
		Map<String, Object> out = new LinkedHashMap<>();
		for (TableField field : fields) {
			Object value = stored.get(field.name());
			if (value != null) {
				Object typed = FieldValues.accept(field.name(), field.type(),
						value instanceof Number n && !(value instanceof BigDecimal) ? new BigDecimal(n.toString()) : value);
				if (typed != null) {
					out.put(field.name(), typed);
				}
			}
		}
		return out;
	}
}
