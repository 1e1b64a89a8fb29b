package dev.katib.connectors.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import dev.katib.accounts.Caller;
import dev.katib.connectors.FieldMapping;
import dev.katib.connectors.FieldMappings;
import dev.katib.connectors.LetterField;
import dev.katib.connectors.MappedRecord;
import dev.katib.connectors.RecordQuery;
import dev.katib.connectors.SourceRecord;
import dev.katib.connectors.SourceRecords;
import dev.katib.connectors.SourceTable;
import dev.katib.connectors.TableRef;
import dev.katib.connectors.backend.FieldValues;
import dev.katib.connectors.backend.SourceAccess;
import dev.katib.platform.KatibException;

/**
 * The field mappings of an organisation's tables. Saving a mapping also starts watching the table
 * for changes made outside Katib.
 */
@Service
class MappingService implements FieldMappings {

	static final int MAX_MERGE_FIELDS = 30;
	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;
	private final SourceAccessPolicy access;
	private final SourceRecords records;
	private final Clock clock;
	private final org.springframework.context.ApplicationEventPublisher events;

	MappingService(JdbcClient jdbc, SourceAccessPolicy access, SourceRecords records, Clock clock,
			org.springframework.context.ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.access = access;
		this.records = records;
		this.clock = clock;
		this.events = events;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<FieldMapping> find(Caller caller, TableRef table) {
		access.requireUse(caller);
		return jdbc.sql("""
				SELECT fields, merge_fields FROM connectors_mapping
				WHERE tenant_id = :tenant AND source_id = :source AND base_id = :base AND table_id = :table""")
			.param("tenant", caller.tenantId()).param("source", table.sourceId()).param("base", table.baseId())
			.param("table", table.tableId())
			.query((rs, n) -> new FieldMapping(table,
					JSON.readValue(rs.getString(1), new TypeReference<EnumMap<LetterField, String>>() {
					}), JSON.readValue(rs.getString(2), new TypeReference<Map<String, String>>() {
					})))
			.optional();
	}

	@Override
	@Transactional
	public FieldMapping save(Caller caller, FieldMapping mapping) {
		access.requireManage(caller);
		SourceAccess source = access.open(caller, mapping.table().sourceId());
		mapping = check(access.table(source, mapping.table()), mapping);
		TableRef table = mapping.table();
		Timestamp now = Timestamp.from(clock.instant());
		jdbc.sql("""
				INSERT INTO connectors_mapping (source_id, base_id, table_id, tenant_id, fields, merge_fields, updated_at)
				VALUES (:source, :base, :table, :tenant, CAST(:fields AS JSONB), CAST(:merge AS JSONB), :now)
				ON CONFLICT (source_id, base_id, table_id) DO UPDATE SET fields = CAST(:fields AS JSONB),
				  merge_fields = CAST(:merge AS JSONB), updated_at = :now""")
			.param("source", table.sourceId()).param("base", table.baseId()).param("table", table.tableId())
			.param("tenant", caller.tenantId()).param("fields", JSON.writeValueAsString(mapping.fields()))
			.param("merge", JSON.writeValueAsString(mapping.mergeFields())).param("now", now)
			.update();
		jdbc.sql("""
				INSERT INTO connectors_watch (source_id, base_id, table_id, tenant_id, seen_until)
				VALUES (:source, :base, :table, :tenant, :now) ON CONFLICT DO NOTHING""")
			.param("source", table.sourceId()).param("base", table.baseId()).param("table", table.tableId())
			.param("tenant", caller.tenantId()).param("now", now)
			.update();
		events.publishEvent(new TableWatched(caller.tenantId(), table));
		return mapping;
	}

	@Override
	public List<MappedRecord> preview(Caller caller, FieldMapping mapping, int count) {
		SourceAccess source = access.open(caller, mapping.table().sourceId());
		FieldMapping checked = check(access.table(source, mapping.table()), mapping);
		int wanted = Math.max(1, Math.min(count, 10));
		return records.list(caller, mapping.table(), RecordQuery.firstPage(wanted))
			.records()
			.stream()
			.map(record -> MappedValues.map(checked, record))
			.toList();
	}

	@Override
	public List<MappedRecord> map(Caller caller, TableRef table, List<SourceRecord> found) {
		FieldMapping mapping = find(caller, table)
			.orElseThrow(() -> new KatibException(dev.katib.platform.ProblemType.CONFLICT,
					"The table has no field mapping yet; an administrator maps its columns to letter fields first."));
		return found.stream().map(record -> MappedValues.map(mapping, record)).toList();
	}

	/** The mapping with every column checked against the table and named by its field's name. */
	private static FieldMapping check(SourceTable table, FieldMapping mapping) {
		if (mapping.mergeFields().size() > MAX_MERGE_FIELDS) {
			throw FieldValues.invalid("mergeFields", "may hold at most " + MAX_MERGE_FIELDS + " merge fields");
		}
		Map<LetterField, String> fields = new EnumMap<>(LetterField.class);
		mapping.fields().forEach((letterField, column) -> fields.put(letterField, column(table, "fields", column)));
		Map<String, String> merge = new java.util.LinkedHashMap<>();
		mapping.mergeFields().forEach((name, column) -> {
			if (!name.matches("[a-z][a-z0-9_]{0,39}")) {
				throw FieldValues.invalid("mergeFields", "needs names of lower-case letters, digits and _");
			}
			merge.put(name, column(table, "mergeFields", column));
		});
		return new FieldMapping(mapping.table(), fields, merge);
	}

	private static String column(SourceTable table, String where, String column) {
		return table.field(column)
			.orElseThrow(() -> FieldValues.invalid(where, "names a column that table " + table.name() + " does not have"))
			.name();
	}
}
