package dev.katib.connectors.airtable;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/** What a run of webhook payloads says changed: record ids by table, changed and destroyed. */
final class WebhookChanges {

	final Map<String, Set<String>> changed = new LinkedHashMap<>();
	final Map<String, Set<String>> destroyed = new LinkedHashMap<>();

	void add(JsonNode payload) {
		payload.path("changedTablesById").properties().forEach(table -> {
			JsonNode changes = table.getValue();
			Set<String> ids = changed.computeIfAbsent(table.getKey(), t -> new LinkedHashSet<>());
			changes.path("createdRecordsById").propertyNames().forEach(ids::add);
			changes.path("changedRecordsById").propertyNames().forEach(ids::add);
			Set<String> gone = destroyed.computeIfAbsent(table.getKey(), t -> new LinkedHashSet<>());
			changes.path("destroyedRecordIds").forEach(id -> gone.add(id.asString()));
		});
	}
}
