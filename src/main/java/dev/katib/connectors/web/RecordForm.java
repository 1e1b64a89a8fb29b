package dev.katib.connectors.web;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;

import dev.katib.connectors.FieldType;
import dev.katib.connectors.SourceRecord;
import dev.katib.connectors.SourceTable;
import dev.katib.connectors.TableField;
import dev.katib.connectors.backend.FieldValues;

/**
 * The edit form of a record: one input per field, by its type, named {@code field0}, {@code field1}, …
 * in the table's order (field names may hold any character), and back from what the browser posted.
 */
final class RecordForm {

	private RecordForm() {
	}

	/**
	 * An input of the form.
	 *
	 * @param param the form parameter
	 * @param name the field's name
	 * @param input {@code text}, {@code textarea}, {@code email}, {@code url}, {@code tel}, {@code decimal},
	 * {@code checkbox}, {@code date}, {@code datetime-local}, {@code select}, {@code multiple} or {@code readonly}
	 * @param value the current value as text
	 * @param choices the choices of a select
	 * @param chosen the chosen choices
	 */
	record Input(String param, String name, String input, String value, List<String> choices, Set<String> chosen) {
	}

	static List<Input> inputs(SourceTable table, @Nullable SourceRecord record, ZoneId zone) {
		List<Input> inputs = new java.util.ArrayList<>();
		for (int i = 0; i < table.fields().size(); i++) {
			TableField field = table.fields().get(i);
			Object value = record == null ? null : record.fields().get(field.name());
			List<String> choices = switch (field.type()) {
				case FieldType.SingleSelect s -> s.choices();
				case FieldType.MultipleSelect s -> s.choices();
				default -> List.of();
			};
			Set<String> chosen = value instanceof java.util.Collection<?> c ? Set.copyOf(c.stream().map(String::valueOf).toList())
					: value == null ? Set.of() : Set.of(String.valueOf(value));
			inputs.add(new Input("field" + i, field.name(), input(field.type()), CellView.editable(value, zone), choices, chosen));
		}
		return inputs;
	}

	/** The posted values by field name, typed where the form cannot say it (moments in the organisation's zone). */
	static Map<String, @Nullable Object> values(SourceTable table, MultiValueMap<String, String> posted, ZoneId zone) {
		Map<String, @Nullable Object> values = new LinkedHashMap<>();
		for (int i = 0; i < table.fields().size(); i++) {
			TableField field = table.fields().get(i);
			if (!field.type().writable()) {
				continue;
			}
			List<String> given = posted.getOrDefault("field" + i, List.of());
			Object value = switch (field.type()) {
				case FieldType.Checkbox c -> !given.isEmpty();
				case FieldType.MultipleSelect s -> given.stream().filter(v -> !v.isBlank()).toList();
				case FieldType.DateTime t -> given.isEmpty() || given.getFirst().isBlank() ? null : moment(field, given.getFirst(), zone);
				default -> given.isEmpty() || given.getFirst().isBlank() ? null : given.getFirst();
			};
			values.put(field.name(), value);
		}
		return values;
	}

	private static Object moment(TableField field, String text, ZoneId zone) {
		try {
			return LocalDateTime.parse(text).atZone(zone).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw FieldValues.invalid(field.name(), "needs a date and time");
		}
	}

	private static String input(FieldType type) {
		if (!type.writable()) {
			return "readonly";
		}
		return switch (type) {
			case FieldType.Text text -> switch (text.format()) {
				case LONG, RICH -> "textarea";
				case EMAIL -> "email";
				case URL -> "url";
				case PHONE -> "tel";
				case LINE -> "text";
			};
			case FieldType.Decimal d -> "decimal";
			case FieldType.Currency c -> "decimal";
			case FieldType.Percent p -> "decimal";
			case FieldType.Checkbox c -> "checkbox";
			case FieldType.Date d -> "date";
			case FieldType.DateTime t -> "datetime-local";
			case FieldType.SingleSelect s -> "select";
			case FieldType.MultipleSelect s -> "multiple";
			default -> "text";
		};
	}
}
