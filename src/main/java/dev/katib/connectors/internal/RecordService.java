package dev.katib.connectors.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import dev.katib.accounts.Caller;
import dev.katib.connectors.RecordPage;
import dev.katib.connectors.RecordQuery;
import dev.katib.connectors.RecordsChanged;
import dev.katib.connectors.SourceRecord;
import dev.katib.connectors.SourceRecords;
import dev.katib.connectors.SourceTable;
import dev.katib.connectors.TableField;
import dev.katib.connectors.TableRef;
import dev.katib.connectors.backend.FieldValues;
import dev.katib.connectors.backend.SourceAccess;
import dev.katib.connectors.backend.TableBackend;
import dev.katib.platform.KatibException;
import dev.katib.platform.ProblemType;

/**
 * Reads and writes records in the source itself: nothing is cached, so a read after Katib's own
 * write always sees it. Values are checked against their field's type before they are sent.
 */
@Service
class RecordService implements SourceRecords {

	static final int MAX_FIELDS_PER_WRITE = 200;

	private final SourceAccessPolicy access;
	private final Backends backends;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate transactions;

	RecordService(SourceAccessPolicy access, Backends backends, ApplicationEventPublisher events,
			TransactionTemplate transactions) {
		this.access = access;
		this.backends = backends;
		this.events = events;
		this.transactions = transactions;
	}

	@Override
	public RecordPage list(Caller caller, TableRef table, RecordQuery query) {
		SourceAccess source = access.open(caller, table.sourceId());
		SourceTable schema = access.table(source, table);
		try {
			return backends.of(source).list(source, table.baseId(), schema, query);
		}
		catch (IllegalArgumentException ex) {
			throw new KatibException(ProblemType.VALIDATION_FAILED, ex.getMessage());
		}
	}

	@Override
	public List<SourceRecord> listAll(Caller caller, TableRef table, RecordQuery query, int limit) {
		List<SourceRecord> all = new ArrayList<>();
		RecordQuery next = query;
		while (all.size() < limit) {
			RecordPage page = list(caller, table, next);
			all.addAll(page.records());
			if (page.offset() == null) {
				break;
			}
			next = next.withOffset(page.offset());
		}
		return all.size() > limit ? List.copyOf(all.subList(0, limit)) : all;
	}

	@Override
	public SourceRecord get(Caller caller, TableRef table, String recordId) {
		SourceAccess source = access.open(caller, table.sourceId());
		return backends.of(source).get(source, table.baseId(), access.table(source, table), recordId(recordId));
	}

	@Override
	public SourceRecord create(Caller caller, TableRef table, Map<String, Object> fields) {
		SourceAccess source = access.open(caller, table.sourceId());
		SourceTable schema = access.table(source, table);
		TableBackend backend = backends.of(source);
		SourceRecord created = backend.create(source, table.baseId(), schema, List.of(typed(schema, fields)), false)
			.getFirst();
		changed(caller, table, Set.of(created.id()), Set.of());
		return created;
	}

	@Override
	public SourceRecord update(Caller caller, TableRef table, String recordId, Map<String, Object> fields) {
		SourceAccess source = access.open(caller, table.sourceId());
		SourceTable schema = access.table(source, table);
		SourceRecord updated = backends.of(source)
			.update(source, table.baseId(), schema, recordId(recordId), typed(schema, fields), false);
		changed(caller, table, Set.of(updated.id()), Set.of());
		return updated;
	}

	@Override
	public List<SourceRecord> updateAll(Caller caller, TableRef table, Map<String, Map<String, Object>> fieldsByRecord) {
		SourceAccess source = access.open(caller, table.sourceId());
		SourceTable schema = access.table(source, table);
		Map<String, Map<String, Object>> typed = new LinkedHashMap<>();
		fieldsByRecord.forEach((id, fields) -> typed.put(recordId(id), typed(schema, fields)));
		if (typed.isEmpty()) {
			return List.of();
		}
		List<SourceRecord> updated = backends.of(source).updateAll(source, table.baseId(), schema, typed, false);
		changed(caller, table, typed.keySet(), Set.of());
		return updated;
	}

	@Override
	public void delete(Caller caller, TableRef table, String recordId) {
		SourceAccess source = access.open(caller, table.sourceId());
		backends.of(source).delete(source, table.baseId(), access.table(source, table), List.of(recordId(recordId)));
		changed(caller, table, Set.of(), Set.of(recordId));
	}

	/** The values checked against their fields and typed, keyed by field name. */
	static Map<String, @Nullable Object> typed(SourceTable schema, Map<String, @Nullable Object> fields) {
		if (fields.isEmpty() || fields.size() > MAX_FIELDS_PER_WRITE) {
			throw new KatibException(ProblemType.VALIDATION_FAILED, "Give between 1 and " + MAX_FIELDS_PER_WRITE
					+ " fields.");
		}
		Map<String, @Nullable Object> typed = new LinkedHashMap<>();
		fields.forEach((name, value) -> {
			TableField field = schema.field(name)
				.orElseThrow(() -> FieldValues.invalid(name, "is not a field of table " + schema.name()));
			typed.put(field.name(), FieldValues.accept(field.name(), field.type(), value));
		});
		return typed;
	}

	private void changed(Caller caller, TableRef table, Set<String> ids, Set<String> removed) {
		transactions.executeWithoutResult(status -> events
			.publishEvent(new RecordsChanged(caller.tenantId(), table, ids, removed, RecordsChanged.Origin.KATIB)));
	}

	private static String recordId(String id) {
		if (!id.matches("[A-Za-z0-9_-]{1,64}")) {
			throw KatibException.notFound("The record");
		}
		return id;
	}
}
