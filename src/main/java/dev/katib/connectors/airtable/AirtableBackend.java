package dev.katib.connectors.airtable;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;

import tools.jackson.databind.JsonNode;

import dev.katib.connectors.Base;
import dev.katib.connectors.Formula;
import dev.katib.connectors.RecordPage;
import dev.katib.connectors.RecordQuery;
import dev.katib.connectors.SourceException;
import dev.katib.connectors.SourceKind;
import dev.katib.connectors.SourceRecord;
import dev.katib.connectors.SourceTable;
import dev.katib.connectors.backend.SourceAccess;
import dev.katib.connectors.backend.TableBackend;

/** Airtable bases and tables as a {@link TableBackend}: records listed by page, written in tens. */
class AirtableBackend implements TableBackend {

	static final int MAX_RECORDS_PER_WRITE = 10;
	private static final List<String> NEEDED_SCOPES = List.of("data.records:read", "data.records:write",
			"schema.bases:read");

	private final AirtableClient client;
	private final AirtableSchemas schemas;
	private final AirtableRecords records;

	AirtableBackend(AirtableClient client, AirtableSchemas schemas, AirtableRecords records) {
		this.client = client;
		this.schemas = schemas;
		this.records = records;
	}

	@Override
	public SourceKind kind() {
		return SourceKind.AIRTABLE;
	}

	@Override
	public int maxRecordsPerWrite() {
		return MAX_RECORDS_PER_WRITE;
	}

	@Override
	public void check(SourceAccess source) {
		JsonNode whoami = client.get(source, null, "/v0/meta/whoami", List.of());
		if (whoami.has("scopes")) {
			List<String> scopes = new ArrayList<>();
			whoami.path("scopes").forEach(s -> scopes.add(s.asString()));
			List<String> missing = NEEDED_SCOPES.stream().filter(s -> !scopes.contains(s)).toList();
			if (!missing.isEmpty()) {
				throw new SourceException(SourceException.ACCESS_DENIED, "The token lacks the scopes "
						+ String.join(", ", missing) + "; add them to the token in Airtable and connect again.",
						source.sourceId(), source.name());
			}
		}
	}

	@Override
	public List<Base> bases(SourceAccess source) {
		return schemas.bases(source);
	}

	@Override
	public List<SourceTable> tables(SourceAccess source, String baseId) {
		return schemas.tables(source, baseId);
	}

	@Override
	public RecordPage list(SourceAccess source, String baseId, SourceTable table, RecordQuery query) {
		List<Map.Entry<String, String>> parameters = new ArrayList<>();
		parameters.add(Map.entry("pageSize", Integer.toString(query.pageSize())));
		add(parameters, "offset", query.offset());
		add(parameters, "maxRecords", query.maxRecords() == null ? null : query.maxRecords().toString());
		query.fields().forEach(f -> parameters.add(Map.entry("fields[]", f)));
		for (int i = 0; i < query.sort().size(); i++) {
			parameters.add(Map.entry("sort[" + i + "][field]", query.sort().get(i).field()));
			parameters.add(Map.entry("sort[" + i + "][direction]", query.sort().get(i).descending() ? "desc" : "asc"));
		}
		add(parameters, "view", query.view());
		add(parameters, "filterByFormula", query.filter() == null ? null : Formula.of(query.filter(), table));
		boolean asText = query.cellFormat() == RecordQuery.CellFormat.STRING;
		if (asText) {
			parameters.add(Map.entry("cellFormat", "string"));
		}
		add(parameters, "timeZone", query.timeZone());
		add(parameters, "userLocale", query.userLocale());
		if (query.returnFieldsByFieldId()) {
			parameters.add(Map.entry("returnFieldsByFieldId", "true"));
		}
		JsonNode answer = client.get(source, baseId, AirtableClient.path("v0", baseId, table.id()), parameters);
		List<SourceRecord> found = new ArrayList<>();
		answer.path("records").forEach(r -> found.add(records.read(r, table, query.returnFieldsByFieldId(), asText)));
		return new RecordPage(found, answer.path("offset").asString(null));
	}

	@Override
	public SourceRecord get(SourceAccess source, String baseId, SourceTable table, String recordId) {
		JsonNode answer = client.get(source, baseId, AirtableClient.path("v0", baseId, table.id(), recordId), List.of());
		return records.read(answer, table, false, false);
	}

	@Override
	public List<SourceRecord> create(SourceAccess source, String baseId, SourceTable table,
			List<Map<String, Object>> rows, boolean typecast) {
		List<SourceRecord> created = new ArrayList<>();
		for (List<Map<String, Object>> chunk : chunks(rows)) {
			JsonNode answer = client.send(source, baseId, HttpMethod.POST, AirtableClient.path("v0", baseId, table.id()),
					List.of(), Map.of("records", wrap(chunk), "typecast", typecast));
			answer.path("records").forEach(r -> created.add(records.read(r, table, false, false)));
		}
		return created;
	}

	@Override
	public SourceRecord update(SourceAccess source, String baseId, SourceTable table, String recordId,
			Map<String, Object> fields, boolean typecast) {
		JsonNode answer = client.send(source, baseId, HttpMethod.PATCH,
				AirtableClient.path("v0", baseId, table.id(), recordId), List.of(),
				Map.of("fields", records.write(fields), "typecast", typecast));
		return records.read(answer, table, false, false);
	}

	@Override
	public List<SourceRecord> updateAll(SourceAccess source, String baseId, SourceTable table,
			Map<String, Map<String, Object>> fieldsByRecord, boolean typecast) {
		List<Map<String, Object>> rows = fieldsByRecord.entrySet().stream()
			.map(entry -> Map.<String, Object>of("id", entry.getKey(), "fields", records.write(entry.getValue())))
			.toList();
		List<SourceRecord> updated = new ArrayList<>();
		for (List<Map<String, Object>> chunk : chunks(rows)) {
			JsonNode answer = client.send(source, baseId, HttpMethod.PATCH, AirtableClient.path("v0", baseId, table.id()),
					List.of(), Map.of("records", chunk, "typecast", typecast));
			answer.path("records").forEach(r -> updated.add(records.read(r, table, false, false)));
		}
		return updated;
	}

	@Override
	public Upserted upsert(SourceAccess source, String baseId, SourceTable table, List<Map<String, Object>> rows,
			List<String> mergeOn, boolean typecast) {
		List<String> created = new ArrayList<>();
		List<String> updated = new ArrayList<>();
		for (List<Map<String, Object>> chunk : chunks(rows)) {
			JsonNode answer = client.send(source, baseId, HttpMethod.PATCH, AirtableClient.path("v0", baseId, table.id()),
					List.of(), Map.of("performUpsert", Map.of("fieldsToMergeOn", mergeOn), "records", wrap(chunk),
							"typecast", typecast));
			answer.path("createdRecords").forEach(id -> created.add(id.asString()));
			answer.path("updatedRecords").forEach(id -> updated.add(id.asString()));
		}
		return new Upserted(created, updated);
	}

	@Override
	public void delete(SourceAccess source, String baseId, SourceTable table, List<String> recordIds) {
		for (int from = 0; from < recordIds.size(); from += MAX_RECORDS_PER_WRITE) {
			List<Map.Entry<String, String>> ids = recordIds
				.subList(from, Math.min(recordIds.size(), from + MAX_RECORDS_PER_WRITE))
				.stream()
				.map(id -> Map.entry("records[]", id))
				.toList();
			client.send(source, baseId, HttpMethod.DELETE, AirtableClient.path("v0", baseId, table.id()), ids, null);
		}
	}

	private List<Map<String, Object>> wrap(List<Map<String, Object>> chunk) {
		return chunk.stream().map(fields -> Map.<String, Object>of("fields", records.write(fields))).toList();
	}

	private static List<List<Map<String, Object>>> chunks(List<Map<String, Object>> rows) {
		List<List<Map<String, Object>>> chunks = new ArrayList<>();
		for (int from = 0; from < rows.size(); from += MAX_RECORDS_PER_WRITE) {
			chunks.add(rows.subList(from, Math.min(rows.size(), from + MAX_RECORDS_PER_WRITE)));
		}
		return chunks;
	}

	private static void add(List<Map.Entry<String, String>> parameters, String name, @Nullable String value) {
		if (value != null && !value.isBlank()) {
			parameters.add(Map.entry(name, value));
		}
	}
}
