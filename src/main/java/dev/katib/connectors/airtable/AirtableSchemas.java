package dev.katib.connectors.airtable;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import tools.jackson.databind.JsonNode;

import dev.katib.connectors.Base;
import dev.katib.connectors.FieldType;
import dev.katib.connectors.SourceTable;
import dev.katib.connectors.TableField;
import dev.katib.connectors.backend.SourceAccess;
import dev.katib.connectors.internal.ConnectorsProperties;

/**
 * Airtable's Meta API (bases, tables, fields, views), kept for a while per credential: the schema
 * changes rarely, and every read of records needs it to type the values.
 */
class AirtableSchemas {

	private static final int MAX_BASE_PAGES = 50;

	private final AirtableClient client;
	private final Cache<String, List<Base>> bases;
	private final Cache<String, List<SourceTable>> tables;

	AirtableSchemas(AirtableClient client, ConnectorsProperties.Airtable properties) {
		this.client = client;
		this.bases = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(properties.schemaCache()).build();
		this.tables = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(properties.schemaCache()).build();
	}

	List<Base> bases(SourceAccess source) {
		return bases.get(source.credentialFingerprint(), key -> {
			List<Base> found = new ArrayList<>();
			String offset = null;
			for (int page = 0; page < MAX_BASE_PAGES; page++) {
				JsonNode answer = client.get(source, null, "/v0/meta/bases",
						offset == null ? List.of() : List.of(Map.entry("offset", offset)));
				answer.path("bases").forEach(b -> found.add(new Base(b.path("id").asString(), b.path("name").asString())));
				offset = answer.path("offset").asString(null);
				if (offset == null) {
					break;
				}
			}
			return List.copyOf(found);
		});
	}

	List<SourceTable> tables(SourceAccess source, String baseId) {
		return tables.get(source.credentialFingerprint() + ":" + baseId, key -> {
			JsonNode answer = client.get(source, baseId, AirtableClient.path("v0", "meta", "bases", baseId, "tables"),
					List.of());
			List<SourceTable> found = new ArrayList<>();
			answer.path("tables").forEach(t -> found.add(table(t)));
			return List.copyOf(found);
		});
	}

	/** Forgets what is known of the base, after Airtable said a field or table is not what we thought. */
	void forget(SourceAccess source, String baseId) {
		tables.invalidate(source.credentialFingerprint() + ":" + baseId);
	}

	private static SourceTable table(JsonNode table) {
		List<TableField> fields = new ArrayList<>();
		table.path("fields").forEach(f -> fields.add(
				new TableField(f.path("id").asString(), f.path("name").asString(), type(f.path("type").asString(), f.path("options")))));
		List<String> views = new ArrayList<>();
		table.path("views").forEach(v -> views.add(v.path("name").asString()));
		return new SourceTable(table.path("id").asString(), table.path("name").asString(),
				table.path("primaryFieldId").asString(fields.isEmpty() ? "" : fields.getFirst().id()), fields, views);
	}

	static FieldType type(String type, JsonNode options) {
		int precision = options.path("precision").asInt(0);
		return switch (type) {
			case "singleLineText" -> new FieldType.Text(FieldType.Text.Format.LINE);
			case "multilineText" -> new FieldType.Text(FieldType.Text.Format.LONG);
			case "richText" -> new FieldType.Text(FieldType.Text.Format.RICH);
			case "email" -> new FieldType.Text(FieldType.Text.Format.EMAIL);
			case "url" -> new FieldType.Text(FieldType.Text.Format.URL);
			case "phoneNumber" -> new FieldType.Text(FieldType.Text.Format.PHONE);
			case "number" -> new FieldType.Decimal(precision);
			case "currency" -> new FieldType.Currency(options.path("symbol").asString("$"), precision);
			case "percent" -> new FieldType.Percent(precision);
			case "checkbox" -> new FieldType.Checkbox();
			case "date" -> new FieldType.Date();
			case "dateTime" -> new FieldType.DateTime();
			case "singleSelect" -> new FieldType.SingleSelect(choices(options));
			case "multipleSelects" -> new FieldType.MultipleSelect(choices(options));
			case "multipleRecordLinks" -> new FieldType.LinkedRecords(options.path("linkedTableId").asString(""));
			case "multipleAttachments" -> new FieldType.Attachments();
			case "formula", "rollup", "count", "lookup", "multipleLookupValues", "autoNumber", "createdTime",
					"lastModifiedTime", "createdBy", "lastModifiedBy" -> new FieldType.Computed(type);
			default -> new FieldType.Other(type);
		};
	}

	private static List<String> choices(JsonNode options) {
		List<String> choices = new ArrayList<>();
		options.path("choices").forEach(c -> choices.add(c.path("name").asString()));
		return List.copyOf(choices);
	}
}
