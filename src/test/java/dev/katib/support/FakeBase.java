package dev.katib.support;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A base of {@link FakeAirtable}: its tables and records, its webhooks, and the requests it received. */
public final class FakeBase {

	public final String id;
	final String name;
	final Map<String, Table> tables = new LinkedHashMap<>();
	final Map<String, Webhook> webhooks = new LinkedHashMap<>();
	final FakeAirtable.Limit limit = new FakeAirtable.Limit(5);
	final List<Long> arrivals = FakeAirtable.concurrentList();
	final List<String> tableArrivals = FakeAirtable.concurrentList();
	final Map<String, Integer> updates = new java.util.concurrent.ConcurrentHashMap<>();
	private final FakeAirtable airtable;
	long transactions;

	FakeBase(String id, String name, FakeAirtable airtable) {
		this.id = id;
		this.name = name;
		this.airtable = airtable;
	}

	/** A field of a table: its Airtable type and options, e.g. {@code choices} of a select. */
	public record Field(String id, String name, String type, Map<String, Object> options) {
	}

	public static Field field(String name, String type) {
		return new Field(FakeAirtable.id("fld"), name, type, Map.of());
	}

	public static Field select(String name, String... choices) {
		return new Field(FakeAirtable.id("fld"), name, "singleSelect",
				Map.of("choices", java.util.Arrays.stream(choices).map(c -> Map.of("name", c)).toList()));
	}

	/** Adds a table; its first field is the primary one. */
	public synchronized Table table(String name, Field... fields) {
		Table table = new Table(FakeAirtable.id("tbl"), name, List.of(fields));
		tables.put(table.id, table);
		return table;
	}

	/** Requests received, admitted or refused. */
	public int requests() {
		return arrivals.size();
	}

	/** The table of each request to a table's records, in the order they arrived. */
	public List<String> tablesInArrivalOrder() {
		return List.copyOf(tableArrivals);
	}

	/** How many admitted requests changed each record by its id (an upsert's updates count too), by record id. */
	public Map<String, Integer> updatesByRecord() {
		return Map.copyOf(updates);
	}

	/** The webhooks Airtable holds for the base. */
	public synchronized int webhookCount() {
		return webhooks.size();
	}

	/** Requests refused with a 429. */
	public int rejected() {
		synchronized (limit) {
			return limit.rejected;
		}
	}

	/** The most requests that arrived within any window of this length. */
	public int mostRequestsWithin(java.time.Duration window) {
		List<Long> times = new ArrayList<>(arrivals);
		java.util.Collections.sort(times);
		int most = 0;
		int from = 0;
		for (int to = 0; to < times.size(); to++) {
			while (times.get(to) - times.get(from) >= window.toNanos()) {
				from++;
			}
			most = Math.max(most, to - from + 1);
		}
		return most;
	}

	/** A table and its records. */
	public final class Table {

		public final String id;
		final String name;
		final List<Field> fields;
		final Map<String, Record> records = new LinkedHashMap<>();

		Table(String id, String name, List<Field> fields) {
			this.id = id;
			this.name = name;
			this.fields = fields;
		}

		Field field(String idOrName) {
			return fields.stream().filter(f -> f.id().equals(idOrName) || f.name().equals(idOrName)).findFirst().orElse(null);
		}

		/** Every record's values by field name, in creation order. */
		public List<Map<String, Object>> records() {
			synchronized (FakeBase.this) {
				return records.values().stream().map(r -> Map.copyOf(r.fields)).toList();
			}
		}

		/** Every record's id. */
		public List<String> recordIds() {
			synchronized (FakeBase.this) {
				return List.copyOf(records.keySet());
			}
		}

		/** Adds a record as a user would in Airtable. */
		public String add(Map<String, Object> values) {
			synchronized (FakeBase.this) {
				Record record = new Record(FakeAirtable.id("rec"), Instant.now(), new LinkedHashMap<>(values));
				records.put(record.id, record);
				changed(this, List.of(record.id), List.of(), List.of());
				return record.id;
			}
		}

		/** Changes a record as a user would in Airtable: it notifies the webhooks. */
		public void changeOutside(String recordId, Map<String, Object> values) {
			synchronized (FakeBase.this) {
				Record record = records.get(recordId);
				record.fields.putAll(values);
				record.modified = Instant.now();
				changed(this, List.of(), List.of(recordId), List.of());
			}
		}
	}

	/** One record. */
	static final class Record {

		final String id;
		final Instant created;
		final Map<String, Object> fields;
		Instant modified;

		Record(String id, Instant created, Map<String, Object> fields) {
			this.id = id;
			this.created = created;
			this.fields = fields;
			this.modified = created;
		}
	}

	/** A webhook and its payloads; payload {@code n} has cursor {@code n}, from 1. */
	static final class Webhook {

		final String id;
		final String notificationUrl;
		final byte[] macSecret;
		final List<Map<String, Object>> payloads = new ArrayList<>();
		Instant expires;

		Webhook(String id, String notificationUrl, byte[] macSecret, Instant expires) {
			this.id = id;
			this.notificationUrl = notificationUrl;
			this.macSecret = macSecret;
			this.expires = expires;
		}
	}

	/** Records a change for every webhook, as a payload without record values, and notifies them. */
	void changed(Table table, List<String> created, List<String> changed, List<String> destroyed) {
		if (webhooks.isEmpty()) {
			return;
		}
		transactions++;
		Map<String, Object> tableChanges = new LinkedHashMap<>();
		if (!created.isEmpty()) {
			tableChanges.put("createdRecordsById", ids(created));
		}
		if (!changed.isEmpty()) {
			tableChanges.put("changedRecordsById", ids(changed));
		}
		if (!destroyed.isEmpty()) {
			tableChanges.put("destroyedRecordIds", destroyed);
		}
		Map<String, Object> payload = Map.of("timestamp", Instant.now().toString(), "baseTransactionNumber", transactions,
				"payloadFormat", "v0", "actionMetadata", Map.of("source", "client"), "changedTablesById",
				Map.of(table.id, tableChanges));
		webhooks.values().forEach(w -> w.payloads.add(payload));
		airtable.notifyWebhooks(this);
	}

	private static Map<String, Object> ids(List<String> ids) {
		Map<String, Object> out = new LinkedHashMap<>();
		ids.forEach(id -> out.put(id, Map.of()));
		return out;
	}
}
