package dev.katib.support;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.katib.support.FakeAirtable.Answer;
import dev.katib.support.FakeBase.Field;
import dev.katib.support.FakeBase.Record;
import dev.katib.support.FakeBase.Table;

/** The endpoints of {@link FakeAirtable}, for one request. */
final class FakeAirtableRoutes {

	private static final int MAX_WRITE = 10;

	private final FakeAirtable airtable;
	private final FakeBase base;
	private final Set<String> reachable;

	FakeAirtableRoutes(FakeAirtable airtable, FakeBase base, Set<String> reachable) {
		this.airtable = airtable;
		this.base = base;
		this.reachable = reachable;
	}

	Answer route(String method, String path, Map<String, List<String>> query, byte[] bytes) {
		String[] p = path.substring(1).split("/");
		Map<String, Object> body = bytes.length == 0 ? Map.of() : FakeAirtable.JSON.readValue(bytes, Map.class);
		if (path.equals("/v0/meta/whoami")) {
			return ok(Map.of("id", "usrFakeKatibTest", "scopes",
					List.of("data.records:read", "data.records:write", "schema.bases:read", "webhook:manage")));
		}
		if (path.equals("/v0/meta/bases")) {
			return ok(Map.of("bases", airtable.bases.values().stream().filter(b -> reachable.contains(b.id))
				.map(b -> Map.of("id", b.id, "name", b.name, "permissionLevel", "create")).toList()));
		}
		synchronized (base) {
			if (p.length == 5 && p[1].equals("meta") && p[4].equals("tables")) {
				return ok(Map.of("tables", base.tables.values().stream().map(FakeAirtableRoutes::schema).toList()));
			}
			if (p.length >= 3 && p[1].equals("bases") && p[3].equals("webhooks")) {
				return new FakeAirtableWebhooks(base).route(method, p, query, body);
			}
			Table table = p.length >= 3 ? base.tables.values().stream()
				.filter(t -> t.id.equals(p[2]) || t.name.equals(p[2])).findFirst().orElse(null) : null;
			if (table != null) {
				base.tableArrivals.add(table.id);
			}
			if (table == null) {
				return new Answer(404, FakeAirtable.error("TABLE_NOT_FOUND", "Could not find table " + p[p.length - 1]));
			}
			if (p.length == 4) {
				Record record = table.records.get(p[3]);
				if (record == null) {
					return new Answer(404, Map.of("error", "NOT_FOUND"));
				}
				return switch (method) {
					case "GET" -> ok(json(record, false));
					case "PATCH" -> write(table, List.of(Map.of("id", p[3], "fields", body.get("fields"))),
							Boolean.TRUE.equals(body.get("typecast")), null, true);
					case "DELETE" -> delete(table, List.of(p[3]));
					default -> new Answer(405, FakeAirtable.error("METHOD_NOT_ALLOWED", method));
				};
			}
			return switch (method) {
				case "GET" -> list(table, query);
				case "POST" -> write(table, records(body), Boolean.TRUE.equals(body.get("typecast")), null, false);
				case "PATCH" -> write(table, records(body), Boolean.TRUE.equals(body.get("typecast")),
						body.get("performUpsert") instanceof Map<?, ?> upsert ? (List<String>) upsert.get("fieldsToMergeOn") : null,
						false);
				case "DELETE" -> delete(table, query.getOrDefault("records[]", List.of()));
				default -> new Answer(405, FakeAirtable.error("METHOD_NOT_ALLOWED", method));
			};
		}
	}

	private Answer list(Table table, Map<String, List<String>> query) {
		int pageSize = Integer.parseInt(first(query, "pageSize", "100"));
		if (pageSize < 1 || pageSize > 100) {
			return invalid("INVALID_REQUEST_UNKNOWN", "pageSize must be at most 100");
		}
		String view = first(query, "view", null);
		if (view != null && !view.equals("Grid view")) {
			return invalid("VIEW_NAME_NOT_FOUND", "Could not find view " + view);
		}
		if (first(query, "cellFormat", "json").equals("string")
				&& (first(query, "timeZone", null) == null || first(query, "userLocale", null) == null)) {
			return invalid("INVALID_REQUEST_UNKNOWN", "cellFormat string needs timeZone and userLocale");
		}
		String formula = first(query, "filterByFormula", null);
		List<Record> kept = new ArrayList<>();
		for (Record record : table.records.values()) {
			try {
				if (formula == null || FakeFormula.matches(formula, record.id, record.fields, record.modified)) {
					kept.add(record);
				}
			}
			catch (RuntimeException ex) {
				return invalid("INVALID_FILTER_BY_FORMULA", "The formula for filtering records is invalid: " + ex.getMessage());
			}
		}
		for (int i = 9; i >= 0; i--) {
			String field = first(query, "sort[" + i + "][field]", null);
			if (field != null) {
				Comparator<Record> order = Comparator.comparing(r -> FakeFormula.string(r.fields.get(field)));
				kept.sort("desc".equals(first(query, "sort[" + i + "][direction]", "asc")) ? order.reversed() : order);
			}
		}
		int max = Integer.parseInt(first(query, "maxRecords", Integer.toString(Integer.MAX_VALUE)));
		kept = kept.subList(0, Math.min(kept.size(), max));
		String offset = first(query, "offset", null);
		int from = offset == null ? 0 : Integer.parseInt(offset.substring(3, offset.indexOf('/')), 36);
		int to = Math.min(kept.size(), from + pageSize);
		List<String> only = query.get("fields[]");
		boolean byId = "true".equals(first(query, "returnFieldsByFieldId", "false"));
		List<Map<String, Object>> page = new ArrayList<>();
		for (Record record : kept.subList(from, to)) {
			Map<String, Object> shown = json(record, byId);
			if (only != null) {
				((Map<String, Object>) shown.get("fields")).keySet().removeIf(name -> !only.contains(name)
						&& (table.field(name) == null || !only.contains(table.field(name).name())));
			}
			page.add(shown);
		}
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("records", page);
		if (to < kept.size()) {
			answer.put("offset", "itr" + Integer.toString(to, 36) + "/" + kept.get(to).id);
		}
		return ok(answer);
	}

	private Answer write(Table table, List<Map<String, Object>> records, boolean typecast, List<String> mergeOn,
			boolean single) {
		if (!single && (records.isEmpty() || records.size() > MAX_WRITE)) {
			return invalid("INVALID_RECORDS", "You must provide an array of up to 10 record objects");
		}
		List<Map<String, Object>> checked = new ArrayList<>();
		for (Map<String, Object> record : records) {
			Map<String, Object> fields = new LinkedHashMap<>();
			Map<String, Object> given = (Map<String, Object>) record.getOrDefault("fields", Map.of());
			for (var entry : given.entrySet()) {
				Field field = table.field(entry.getKey());
				if (field == null) {
					return invalid("UNKNOWN_FIELD_NAME", "Unknown field name: \"" + entry.getKey() + "\"");
				}
				Object value = FakeAirtableValues.check(field, entry.getValue(), typecast);
				if (value == FakeAirtableValues.INVALID) {
					return invalid("INVALID_VALUE_FOR_COLUMN",
							"Field \"" + field.name() + "\" cannot accept the provided value");
				}
				fields.put(field.name(), value);
			}
			checked.add(fields);
		}
		List<Map<String, Object>> out = new ArrayList<>();
		List<String> created = new ArrayList<>();
		List<String> updated = new ArrayList<>();
		for (int i = 0; i < records.size(); i++) {
			Object id = records.get(i).get("id");
			Record target = id == null ? null : table.records.get(id.toString());
			if (id != null && target == null) {
				return new Answer(404, Map.of("error", "NOT_FOUND"));
			}
			if (mergeOn != null) {
				Map<String, Object> fields = checked.get(i);
				List<Record> matches = table.records.values().stream()
					.filter(r -> mergeOn.stream().allMatch(f -> FakeFormula.string(r.fields.get(f)).equals(FakeFormula.string(fields.get(f)))))
					.toList();
				if (matches.size() > 1) {
					return invalid("INVALID_VALUE_FOR_COLUMN", "More than one record matches the merge fields");
				}
				target = matches.isEmpty() ? null : matches.getFirst();
			}
			if (target == null) {
				target = new Record(FakeAirtable.id("rec"), Instant.now(), new LinkedHashMap<>());
				table.records.put(target.id, target);
				created.add(target.id);
			}
			else {
				updated.add(target.id);
				base.updates.merge(target.id, 1, Integer::sum);
			}
			Record written = target;
			checked.get(i).forEach((name, value) -> {
				if (value == null) {
					written.fields.remove(name);
				}
				else {
					written.fields.put(name, value);
				}
			});
			written.modified = Instant.now();
			out.add(json(written, false));
		}
		base.changed(table, created, updated, List.of());
		if (single) {
			return ok(out.getFirst());
		}
		return ok(mergeOn == null ? Map.of("records", out)
				: Map.of("records", out, "createdRecords", created, "updatedRecords", updated));
	}

	private Answer delete(Table table, List<String> ids) {
		if (ids.isEmpty() || ids.size() > MAX_WRITE) {
			return invalid("INVALID_RECORDS", "You must provide an array of up to 10 record ids");
		}
		if (!ids.stream().allMatch(table.records::containsKey)) {
			return new Answer(404, Map.of("error", "NOT_FOUND"));
		}
		ids.forEach(table.records::remove);
		base.changed(table, List.of(), List.of(), ids);
		return ok(Map.of("records", ids.stream().map(id -> Map.of("id", id, "deleted", true)).toList()));
	}

	private static Map<String, Object> schema(Table table) {
		return Map.of("id", table.id, "name", table.name, "primaryFieldId", table.fields.getFirst().id(), "fields",
				table.fields.stream().map(f -> Map.of("id", f.id(), "name", f.name(), "type", f.type(), "options", f.options()))
					.toList(),
				"views", List.of(Map.of("id", "viwGrid", "name", "Grid view", "type", "grid")));
	}

	private Map<String, Object> json(Record record, boolean byId) {
		Map<String, Object> fields = new LinkedHashMap<>();
		Table table = base.tables.values().stream().filter(t -> t.records.containsValue(record)).findFirst().orElse(null);
		record.fields.forEach((name, value) -> fields.put(byId && table != null ? table.field(name).id() : name, value));
		return new LinkedHashMap<>(Map.of("id", record.id, "createdTime", record.created.toString(), "fields", fields));
	}

	private static List<Map<String, Object>> records(Map<String, Object> body) {
		Object records = body.get("records");
		return records instanceof List<?> list ? (List<Map<String, Object>>) list : List.of();
	}

	private static String first(Map<String, List<String>> query, String name, String otherwise) {
		List<String> values = query.get(name);
		return values == null || values.isEmpty() ? otherwise : values.getFirst();
	}

	private static Answer ok(Object body) {
		return new Answer(200, body);
	}

	static Answer invalid(String type, String message) {
		return new Answer(422, FakeAirtable.error(type, message));
	}

	static final Duration WEBHOOK_LIFETIME = Duration.ofDays(7);
}
