package dev.katib.connectors.airtable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.katib.connectors.FieldType;
import dev.katib.connectors.SourceRecord;
import dev.katib.connectors.SourceTable;
import dev.katib.connectors.TableField;

/** Airtable's JSON records to typed {@link SourceRecord}s, and typed values to Airtable's JSON. */
final class AirtableRecords {

	private final JsonMapper json;

	AirtableRecords(JsonMapper json) {
		this.json = json;
	}

	SourceRecord read(JsonNode record, SourceTable table, boolean byFieldId, boolean asText) {
		Map<String, Object> values = new LinkedHashMap<>();
		record.path("fields").properties().forEach(entry -> {
			TableField field = table.field(entry.getKey()).orElse(null);
			Object value = asText || field == null ? natural(entry.getValue()) : typed(field.type(), entry.getValue());
			if (value != null) {
				values.put(field == null ? entry.getKey() : byFieldId ? field.id() : field.name(), value);
			}
		});
		String created = record.path("createdTime").asString(null);
		return new SourceRecord(record.path("id").asString(), created == null ? null : Instant.parse(created), values);
	}

	/** The fields of a write, keyed by field name, in Airtable's JSON form. */
	Map<String, Object> write(Map<String, @Nullable Object> fields) {
		Map<String, Object> out = new LinkedHashMap<>();
		fields.forEach((name, value) -> out.put(name, value == null ? null : jsonValue(value)));
		return out;
	}

	private static Object jsonValue(Object value) {
		return switch (value) {
			case LocalDate day -> day.toString();
			case Instant moment -> moment.toString();
			default -> value;
		};
	}

	private @Nullable Object typed(FieldType type, JsonNode value) {
		if (value.isNull() || value.isMissingNode()) {
			return null;
		}
		try {
			return switch (type) {
				case FieldType.Text t -> value.asString();
				case FieldType.Decimal d -> decimal(value);
				case FieldType.Currency c -> decimal(value);
				case FieldType.Percent p -> decimal(value);
				case FieldType.Checkbox c -> value.asBoolean();
				case FieldType.Date d -> LocalDate.parse(value.asString().substring(0, Math.min(10, value.asString().length())));
				case FieldType.DateTime t -> Instant.parse(value.asString());
				case FieldType.SingleSelect s -> value.asString();
				case FieldType.MultipleSelect s -> strings(value);
				case FieldType.LinkedRecords l -> strings(value);
				case FieldType.Attachments a -> attachments(value);
				case FieldType.Computed c -> natural(value);
				case FieldType.Other o -> natural(value);
			};
		}
		catch (DateTimeParseException | NumberFormatException unexpected) {
			// the schema changed under us; show what Airtable holds rather than nothing
			return natural(value);
		}
	}

	private static BigDecimal decimal(JsonNode value) {
		return value.isNumber() ? value.decimalValue() : new BigDecimal(value.asString());
	}

	private static List<String> strings(JsonNode value) {
		List<String> out = new ArrayList<>();
		value.forEach(v -> out.add(v.isObject() ? v.path("name").asString(v.path("id").asString()) : v.asString()));
		return List.copyOf(out);
	}

	private static List<FieldType.Attachment> attachments(JsonNode value) {
		List<FieldType.Attachment> out = new ArrayList<>();
		value.forEach(a -> out.add(new FieldType.Attachment(a.path("url").asString(), a.path("filename").asString(""),
				a.path("type").asString(""), a.path("size").asLong(0))));
		return List.copyOf(out);
	}

	private @Nullable Object natural(JsonNode value) {
		return value.isNull() ? null : json.treeToValue(value, Object.class);
	}
}
