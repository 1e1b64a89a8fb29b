package dev.katib.connectors.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import dev.katib.accounts.Caller;
import dev.katib.connectors.ImportProgress;
import dev.katib.connectors.ImportRequest;
import dev.katib.connectors.RecordImports;
import dev.katib.connectors.RecordsChanged;
import dev.katib.connectors.SourceException;
import dev.katib.connectors.SourceKind;
import dev.katib.connectors.SourceTable;
import dev.katib.connectors.TableField;
import dev.katib.connectors.TableRef;
import dev.katib.connectors.backend.FieldValues;
import dev.katib.connectors.backend.SourceAccess;
import dev.katib.connectors.backend.TableBackend;
import dev.katib.platform.Ids;
import dev.katib.platform.KatibException;
import dev.katib.platform.ProblemType;

/**
 * Imports rows into a table: the rows are checked against the table's fields and stored with the
 * import, then written chunk by chunk after the commit, each chunk's progress saved as it lands.
 * With an upsert key a repeated import updates the same records, so resuming after a restart
 * duplicates nothing.
 */
@Service
class ImportService implements RecordImports {

	private static final Logger log = LoggerFactory.getLogger(ImportService.class);

	private final SourceAccessPolicy access;
	private final SourceRows sources;
	private final Backends backends;
	private final BuiltInKeyCheck builtInKeys;
	private final ImportRowsStore imports;
	private final ConnectorsProperties properties;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate transactions;
	private final Clock clock;

	ImportService(SourceAccessPolicy access, SourceRows sources, Backends backends, BuiltInKeyCheck builtInKeys,
			ImportRowsStore imports,
			ConnectorsProperties properties, ApplicationEventPublisher events, TransactionTemplate transactions,
			Clock clock) {
		this.access = access;
		this.sources = sources;
		this.backends = backends;
		this.builtInKeys = builtInKeys;
		this.imports = imports;
		this.properties = properties;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	@Transactional
	public ImportProgress start(Caller caller, TableRef table, ImportRequest request) {
		return start(caller, table, request, null);
	}

	@Override
	@Transactional
	public ImportProgress start(Caller caller, TableRef table, ImportRequest request, @Nullable String idempotencyKey) {
		String key = idempotencyKey == null ? null : idempotencyKey.strip();
		if (key != null && (key.isEmpty() || key.length() > 200)) {
			throw new KatibException(ProblemType.VALIDATION_FAILED, "The Idempotency-Key must be 1 to 200 characters long.",
					Map.of("field", "Idempotency-Key"));
		}
		SourceAccess source = access.open(caller, table.sourceId());
		SourceTable schema = access.table(source, table);
		var rows = request.rows();
		if (rows.rows().isEmpty() || rows.rows().size() > properties.maxImportRows()) {
			throw FieldValues.invalid("rows", "needs 1 to " + properties.maxImportRows() + " rows");
		}
		List<TableField> columns = ImportChecks.columns(schema, rows.header());
		ImportChecks.upsertKey(source.kind() == SourceKind.AIRTABLE ? 3 : 10, rows.header(), request.upsertKey());
		List<String> mergeOn = request.upsertKey().stream().map(k -> columns.get(rows.header().indexOf(k)).name()).toList();
		List<ImportRowsStore.NumberedRow> valid = new ArrayList<>();
		List<ImportProgress.RowFailure> refused = new ArrayList<>();
		for (int i = 0; i < rows.rows().size(); i++) {
			try {
				Map<String, Object> values = new LinkedHashMap<>();
				for (int c = 0; c < columns.size(); c++) {
					TableField field = columns.get(c);
					Object typed = FieldValues.accept(field.name(), field.type(), rows.rows().get(i).get(c).value());
					values.put(field.name(), typed instanceof java.time.temporal.Temporal t ? t.toString() : typed);
				}
				valid.add(new ImportRowsStore.NumberedRow(i + 1, values));
			}
			catch (KatibException ex) {
				refused.add(new ImportProgress.RowFailure(i + 1, ex.getMessage()));
			}
		}
		ImportRowsStore.Work work = new ImportRowsStore.Work(valid, mergeOn, request.typecast());
		if (key != null) {
			var earlier = imports.byKey(caller.tenantId(), caller.userId(), key);
			if (earlier.isPresent()) {
				return retried(caller, earlier.get(), ImportRowsStore.hash(table, work, rows.rows().size()));
			}
		}
		if (!mergeOn.isEmpty() && source.kind() == SourceKind.BUILT_IN) {
			builtInKeys.refuseAmbiguousKeys(source, schema, valid, mergeOn);
		}
		UUID id = Ids.newId(clock);
		if (!imports.insert(id, caller.tenantId(), table, caller.userId(), work, rows.rows().size(), refused,
				clock.instant(), key)) {
			return retried(caller, imports.byKey(caller.tenantId(), caller.userId(), key).orElseThrow(),
					ImportRowsStore.hash(table, work, rows.rows().size()));
		}
		events.publishEvent(new ImportQueued(id));
		return imports.find(caller.tenantId(), id).orElseThrow();
	}

	private ImportProgress retried(Caller caller, Map.Entry<UUID, String> earlier, String hash) {
		if (!earlier.getValue().equals(hash)) {
			throw new KatibException(ProblemType.CONFLICT, "This Idempotency-Key was already used for another import; "
					+ "use a new key for new rows.", Map.of("field", "Idempotency-Key"));
		}
		return imports.find(caller.tenantId(), earlier.getKey()).orElseThrow();
	}

	@Override
	@Transactional(readOnly = true)
	public ImportProgress progress(Caller caller, UUID importId) {
		access.requireUse(caller);
		return imports.find(caller.tenantId(), importId).orElseThrow(() -> KatibException.notFound("The import"));
	}

	@Override
	@Transactional(readOnly = true)
	public List<ImportProgress> recent(Caller caller, TableRef table) {
		access.requireUse(caller);
		access.open(caller, table.sourceId());
		return imports.recent(caller.tenantId(), table, 20);
	}

	@Async
	@TransactionalEventListener
	void on(ImportQueued queued) {
		UUID id = queued.importId();
		UUID tenantId = imports.tenantOf(id).orElse(null);
		if (tenantId == null) {
			return;
		}
		ImportProgress progress = imports.find(tenantId, id).orElseThrow();
		if (progress.status() == ImportProgress.Status.DONE || progress.status() == ImportProgress.Status.FAILED) {
			return;
		}
		imports.running(id);
		TableRef table = progress.table();
		ImportRowsStore.Work work = imports.work(id);
		try {
			SourceAccess source = sources.open(tenantId, table.sourceId())
				.orElseThrow(() -> KatibException.notFound("The data source"));
			SourceTable schema = access.table(source, table);
			TableBackend backend = backends.of(source);
			int resumeAt = progress.processed() - (progress.total() - work.rows().size());
			Set<String> changed = new HashSet<>();
			for (int from = Math.max(0, resumeAt); from < work.rows().size(); from += backend.maxRecordsPerWrite()) {
				var chunk = work.rows().subList(from, Math.min(work.rows().size(), from + backend.maxRecordsPerWrite()));
				write(id, source, backend, table, schema, work, chunk, changed);
			}
			imports.finished(id, ImportProgress.Status.DONE, null, null, clock.instant());
			transactions.executeWithoutResult(status -> events.publishEvent(
					new RecordsChanged(tenantId, table, changed, Set.of(), RecordsChanged.Origin.KATIB)));
		}
		catch (KatibException ex) {
			log.warn("Import {} of tenant {} stopped: {}", id, tenantId, ex.getMessage());
			imports.finished(id, ImportProgress.Status.FAILED, ex.getMessage(), ex.type().slug(), clock.instant());
		}
		catch (org.springframework.dao.DataIntegrityViolationException removed) {
			// the source or its table was removed while the import ran: the rows have nowhere to go
			log.info("Import {} of tenant {} stopped: its table was removed", id, tenantId);
			imports.finished(id, ImportProgress.Status.FAILED, "The table was removed during the import.", "table-removed",
					clock.instant());
		}
	}

	private void write(UUID id, SourceAccess source, TableBackend backend, TableRef table, SourceTable schema,
			ImportRowsStore.Work work, List<ImportRowsStore.NumberedRow> chunk, Set<String> changed) {
		List<Map<String, Object>> values = chunk.stream()
			.map(row -> RecordService.typed(schema, row.values()))
			.toList();
		try {
			if (work.upsertKey().isEmpty()) {
				var created = backend.create(source, table.baseId(), schema, values, work.typecast());
				created.forEach(r -> changed.add(r.id()));
				imports.advanced(id, chunk.size(), created.size(), 0, List.of());
			}
			else {
				var upserted = backend.upsert(source, table.baseId(), schema, values, work.upsertKey(), work.typecast());
				changed.addAll(upserted.created());
				changed.addAll(upserted.updated());
				imports.advanced(id, chunk.size(), upserted.created().size(), upserted.updated().size(), List.of());
			}
		}
		catch (SourceException ex) {
			if (!ex.type().equals(SourceException.INVALID_REQUEST)) {
				throw ex;
			}
			imports.advanced(id, chunk.size(), 0, 0,
					chunk.stream().map(row -> new ImportProgress.RowFailure(row.row(), ex.getMessage())).toList());
		}
	}
}
