package dev.katib.connectors.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import dev.katib.connectors.Base;
import dev.katib.connectors.RecordPage;
import dev.katib.connectors.RecordQuery;
import dev.katib.connectors.SourceKind;
import dev.katib.connectors.SourceRecord;
import dev.katib.connectors.SourceTable;
import dev.katib.connectors.TableField;
import dev.katib.connectors.TableRef;
import dev.katib.connectors.backend.SourceAccess;
import dev.katib.connectors.backend.TableBackend;
import dev.katib.platform.Ids;
import dev.katib.platform.KatibException;

/** Tables kept in Katib's own database, with the same operations as a source's tables. */
@Component
class BuiltInTables implements TableBackend {

	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final TypeReference<Map<String, Object>> CELLS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;
	private final Clock clock;

	BuiltInTables(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public SourceKind kind() {
		return SourceKind.BUILT_IN;
	}

	@Override
	public int maxRecordsPerWrite() {
		return 500;
	}

	@Override
	public void check(SourceAccess source) {
		// nothing to check: the tables are Katib's own
	}

	@Override
	public List<Base> bases(SourceAccess source) {
		return List.of(new Base(TableRef.BUILT_IN_BASE, source.name()));
	}

	@Override
	public List<SourceTable> tables(SourceAccess source, String baseId) {
		if (!TableRef.BUILT_IN_BASE.equals(baseId)) {
			throw KatibException.notFound("The base");
		}
		return jdbc.sql("SELECT id, name, fields FROM connectors_table WHERE tenant_id = :tenant AND source_id = :source "
				+ "ORDER BY created_at")
			.param("tenant", source.tenantId()).param("source", source.sourceId())
			.query((rs, n) -> {
				List<Map<String, String>> stored = JSON.readValue(rs.getString("fields"), new TypeReference<>() {
				});
				List<TableField> fields = stored.stream()
					.map(f -> new TableField(f.get("name"), f.get("name"), BuiltInSchema.TYPES.get(f.get("type"))))
					.toList();
				return new SourceTable(rs.getString("id"), rs.getString("name"), fields.getFirst().id(), fields, List.of());
			})
			.list();
	}

	@Override
	public RecordPage list(SourceAccess source, String baseId, SourceTable table, RecordQuery query) {
		BuiltInQuery sql = new BuiltInQuery(table);
		String where = query.filter() == null ? "TRUE" : sql.where(query.filter());
		String order = sql.orderBy(query.sort());
		int offset = parseOffset(query.offset());
		int limit = query.maxRecords() == null ? query.pageSize() : Math.min(query.pageSize(), query.maxRecords() - offset);
		List<SourceRecord> rows = limit <= 0 ? List.of() : jdbc.sql("SELECT id, cells, created_at FROM connectors_row "
				+ "WHERE tenant_id = " + sql.bind(source.tenantId()) + " AND table_id = " + sql.bind(UUID.fromString(table.id()))
				+ " AND (" + where + ") ORDER BY " + order + " LIMIT " + (limit + 1) + " OFFSET " + offset)
			.params(sql.parameters)
			.query((rs, n) -> record(table, rs.getString("id"), rs.getString("cells"), rs.getTimestamp("created_at")))
			.list();
		boolean more = rows.size() > limit;
		List<SourceRecord> page = more ? rows.subList(0, limit) : rows;
		if (!query.fields().isEmpty()) {
			page = page.stream().map(r -> new SourceRecord(r.id(), r.createdTime(), r.fields().entrySet().stream()
				.filter(e -> query.fields().contains(e.getKey()))
				.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)))).toList();
		}
		return new RecordPage(page, more ? Integer.toString(offset + limit) : null);
	}

	@Override
	public SourceRecord get(SourceAccess source, String baseId, SourceTable table, String recordId) {
		return find(source, table, recordId).orElseThrow(() -> KatibException.notFound("The record"));
	}

	@Override
	@Transactional
	public List<SourceRecord> create(SourceAccess source, String baseId, SourceTable table,
			List<Map<String, Object>> rows, boolean typecast) {
		List<SourceRecord> created = new ArrayList<>();
		for (Map<String, Object> values : rows) {
			UUID id = Ids.newId(clock);
			jdbc.sql("INSERT INTO connectors_row (id, tenant_id, table_id, cells, created_at, modified_at) "
					+ "VALUES (:id, :tenant, :table, CAST(:cells AS JSONB), :now, :now)")
				.param("id", id).param("tenant", source.tenantId()).param("table", UUID.fromString(table.id()))
				.param("cells", JSON.writeValueAsString(BuiltInSchema.stored(values)))
				.param("now", Timestamp.from(clock.instant()))
				.update();
			created.add(new SourceRecord(id.toString(), clock.instant(), BuiltInSchema.stored(values)));
		}
		return created;
	}

	@Override
	@Transactional
	public SourceRecord update(SourceAccess source, String baseId, SourceTable table, String recordId,
			Map<String, Object> fields, boolean typecast) {
		List<String> emptied = fields.entrySet().stream().filter(e -> e.getValue() == null).map(Map.Entry::getKey).toList();
		int changed = jdbc.sql("UPDATE connectors_row SET cells = (cells || CAST(:patch AS JSONB)) - CAST(:emptied AS TEXT[]), "
				+ "modified_at = :now WHERE tenant_id = :tenant AND table_id = :table AND id = :id")
			.param("patch", JSON.writeValueAsString(BuiltInSchema.stored(fields)))
			.param("emptied", emptied.toArray(String[]::new))
			.param("now", Timestamp.from(clock.instant()))
			.param("tenant", source.tenantId()).param("table", UUID.fromString(table.id())).param("id", uuid(recordId))
			.update();
		if (changed == 0) {
			throw KatibException.notFound("The record");
		}
		return get(source, baseId, table, recordId);
	}

	@Override
	@Transactional
	public Upserted upsert(SourceAccess source, String baseId, SourceTable table, List<Map<String, Object>> rows,
			List<String> mergeOn, boolean typecast) {
		List<String> created = new ArrayList<>();
		List<String> updated = new ArrayList<>();
		for (Map<String, Object> values : rows) {
			BuiltInQuery sql = new BuiltInQuery(table);
			String match = String.join(" AND ", mergeOn.stream().map(f -> "cells ->> " + sql.bind(f) + " = "
					+ sql.bind(String.valueOf(BuiltInSchema.stored(values).get(f)))).toList());
			String matching = "FROM connectors_row WHERE tenant_id = " + sql.bind(source.tenantId()) + " AND table_id = "
					+ sql.bind(UUID.fromString(table.id())) + " AND " + match;
			List<String> existing = jdbc.sql("SELECT id " + matching + " LIMIT 2 FOR UPDATE").params(sql.parameters)
				.query(String.class).list();
			if (existing.size() > 1) {
				long matches = jdbc.sql("SELECT count(*) " + matching).params(sql.parameters).query(Long.class).single();
				throw UpsertKeys.ambiguous(mergeOn, UpsertKeys.valuesOf(BuiltInSchema.stored(values), mergeOn), matches, null);
			}
			if (!existing.isEmpty()) {
				update(source, baseId, table, existing.getFirst(), values, typecast);
				updated.add(existing.getFirst());
			}
			else {
				created.add(create(source, baseId, table, List.of(values), typecast).getFirst().id());
			}
		}
		return new Upserted(created, updated);
	}

	@Override
	@Transactional
	public void delete(SourceAccess source, String baseId, SourceTable table, List<String> recordIds) {
		for (String recordId : recordIds) {
			if (jdbc.sql("DELETE FROM connectors_row WHERE tenant_id = :tenant AND table_id = :table AND id = :id")
				.param("tenant", source.tenantId()).param("table", UUID.fromString(table.id())).param("id", uuid(recordId))
				.update() == 0) {
				throw KatibException.notFound("The record");
			}
		}
	}

	private Optional<SourceRecord> find(SourceAccess source, SourceTable table, String recordId) {
		return jdbc.sql("SELECT id, cells, created_at FROM connectors_row WHERE tenant_id = :tenant AND table_id = :table AND id = :id")
			.param("tenant", source.tenantId()).param("table", UUID.fromString(table.id())).param("id", uuid(recordId))
			.query((rs, n) -> record(table, rs.getString("id"), rs.getString("cells"), rs.getTimestamp("created_at")))
			.optional();
	}

	private static SourceRecord record(SourceTable table, String id, String cells, Timestamp created) {
		return new SourceRecord(id, created.toInstant(), BuiltInSchema.typed(table.fields(), JSON.readValue(cells, CELLS)));
	}

	private static UUID uuid(@Nullable String id) {
		try {
			return UUID.fromString(id == null ? "" : id);
		}
		catch (IllegalArgumentException ex) {
			throw KatibException.notFound("The record");
		}
	}

	private static int parseOffset(@Nullable String offset) {
		try {
			return offset == null ? 0 : Math.max(0, Integer.parseInt(offset));
		}
		catch (NumberFormatException ex) {
			throw dev.katib.connectors.backend.FieldValues.invalid("offset", "is not an offset of this table");
		}
	}
}
