package dev.katib.assistant.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import dev.katib.accounts.Caller;
import dev.katib.accounts.Permission;
import dev.katib.assistant.internal.AssistantTool.Effect;
import dev.katib.assistant.internal.DataTools.Table;
import dev.katib.connectors.DataSources;
import dev.katib.connectors.SourceRecords;
import dev.katib.connectors.TableRef;
import dev.katib.platform.KatibException;

/**
 * The tools that write records, ten at a time. Each record of a batch is written on its own, so the result says of
 * every record whether it was written and, if not, why.
 */
@Component
@Order(2)
class RecordWriteTools implements ToolGroup {

	/** The most records one call writes: Airtable's batch, and few enough for a member to check before confirming. */
	static final int MAX_BATCH = 10;

	/** A field's new value. */
	record FieldValue(@JsonPropertyDescription("The field's name") @NotBlank @Size(max = 200) String field,
			@JsonPropertyDescription("The value as text (numbers like 12.5, dates like 2026-03-01, several choices "
					+ "separated by commas), or null to empty the field") @Nullable @Size(max = 100_000) String value) {
	}

	/** The values of a new record. */
	record NewRecord(@JsonPropertyDescription("The record's values") @Size(min = 1, max = 200) List<@Valid FieldValue> fields) {
	}

	/** New values for some fields of a record. */
	record RecordChange(@JsonPropertyDescription("The record's id") @Pattern(regexp = "[A-Za-z0-9_-]{1,64}") String recordId,
			@JsonPropertyDescription("The fields to change; the others stay as they are") @Size(min = 1, max = 200) List<@Valid FieldValue> fields) {
	}

	record Create(@Valid Table table,
			@JsonPropertyDescription("The records to create, 1 to 10") @Size(min = 1, max = MAX_BATCH) List<@Valid NewRecord> records) {
	}

	record Update(@Valid Table table,
			@JsonPropertyDescription("The records to change, 1 to 10") @Size(min = 1, max = MAX_BATCH) List<@Valid RecordChange> records) {
	}

	record Upsert(@Valid Table table,
			@JsonPropertyDescription("The fields (1 to 3) whose values identify a record: a record with the same values is updated, otherwise one is created") @Size(min = 1, max = 3) List<@NotBlank @Size(max = 200) String> keyFields,
			@JsonPropertyDescription("The records to create or update, 1 to 10; each gives a value for every key field") @Size(min = 1, max = MAX_BATCH) List<@Valid NewRecord> records) {
	}

	record Delete(@Valid Table table,
			@JsonPropertyDescription("The ids of the records to delete, 1 to 10") @Size(min = 1, max = MAX_BATCH) List<@Pattern(regexp = "[A-Za-z0-9_-]{1,64}") String> recordIds) {
	}

	/** What happened to one record of a batch. */
	record Written(int index, @Nullable String recordId, String action, @Nullable String problem) {
	}

	/** What a batch did: each record in order, and how many were written. */
	record Batch(List<Written> records, int written, int failed) {

		static Batch of(List<Written> records) {
			int failed = (int) records.stream().filter(record -> record.problem() != null).count();
			return new Batch(records, records.size() - failed, failed);
		}
	}

	private final DataSources sources;
	private final SourceRecords records;
	private final RecordUpserts upserts;

	RecordWriteTools(DataSources sources, SourceRecords records, RecordUpserts upserts) {
		this.sources = sources;
		this.records = records;
		this.upserts = upserts;
	}

	@Override
	public List<AssistantTool<?>> tools() {
		return List.of(
				new AssistantTool<>("create_records", "Creates 1 to 10 records in a table, values checked against "
						+ "the fields' types.", "إنشاء سجلات", Create.class, Permission.USE_SOURCES, Effect.ADDS,
						(caller, args) -> each(caller, args.table(), args.records(), record -> new Written(0,
								records.create(caller, args.table().ref(), values(record.fields())).id(), "created", null))),
				new AssistantTool<>("update_records", "Changes some fields of 1 to 10 records of a table.",
						"تعديل سجلات", Update.class, Permission.USE_SOURCES, Effect.CHANGES,
						(caller, args) -> each(caller, args.table(), args.records(), change -> new Written(0, records
							.update(caller, args.table().ref(), change.recordId(), values(change.fields())).id(),
								"updated", null))),
				new AssistantTool<>("upsert_records", "Creates or updates 1 to 10 records of a table, matching "
						+ "existing records by the values of 1 to 3 key fields.", "إنشاء سجلات أو تحديثها",
						Upsert.class, Permission.USE_SOURCES, Effect.CHANGES, this::upsert),
				new AssistantTool<>("delete_records", "Deletes 1 to 10 records of a table by their ids.", "حذف سجلات",
						Delete.class, Permission.USE_SOURCES, Effect.CHANGES,
						(caller, args) -> each(caller, args.table(), args.recordIds(), id -> {
							records.delete(caller, args.table().ref(), id);
							return new Written(0, id, "deleted", null);
						})));
	}

	private Batch upsert(Caller caller, Upsert args) {
		TableRef table = args.table().ref();
		List<RecordUpserts.Target> targets = upserts.targets(caller, table, args.keyFields(),
				args.records().stream().map(record -> values(record.fields())).toList());
		return each(caller, args.table(), targets, target -> target.recordId() == null
				? new Written(0, records.create(caller, table, target.values()).id(), "created", null)
				: new Written(0, records.update(caller, table, target.recordId(), target.values()).id(), "updated", null));
	}

	/**
	 * Writes each item on its own, once the caller is known to reach the table: a refused item is reported with its
	 * problem and the others are still written. When every item is refused the call fails with the first problem.
	 */
	private <T> Batch each(Caller caller, Table table, List<T> items, Function<T, Written> write) {
		sources.table(caller, table.ref());
		List<Written> written = new ArrayList<>(items.size());
		@Nullable KatibException first = null;
		for (int i = 0; i < items.size(); i++) {
			try {
				Written one = write.apply(items.get(i));
				written.add(new Written(i, one.recordId(), one.action(), null));
			}
			catch (KatibException refused) {
				first = first == null ? refused : first;
				written.add(new Written(i, null, "refused", refused.getMessage()));
			}
		}
		Batch batch = Batch.of(written);
		if (first != null && batch.written() == 0) {
			throw new KatibException(first.type(), "No record was written: " + first.getMessage(),
					Map.of("records", written.stream().map(Written::problem).toList()));
		}
		return batch;
	}

	static Map<String, @Nullable Object> values(List<FieldValue> fields) {
		Map<String, @Nullable Object> values = new LinkedHashMap<>();
		fields.forEach(field -> values.put(field.field(), field.value()));
		return values;
	}
}
