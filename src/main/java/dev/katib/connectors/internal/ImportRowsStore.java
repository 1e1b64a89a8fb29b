package dev.katib.connectors.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import dev.katib.connectors.ImportProgress;
import dev.katib.connectors.TableRef;

/** The {@code connectors_import} table: imports, their stored rows and their progress. */
@Repository
class ImportRowsStore {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	ImportRowsStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * What an import writes: rows already checked, as stored values by field name, each with its row number.
	 *
	 * @param rows the rows to write
	 * @param upsertKey the merge fields, or empty to create
	 * @param typecast whether the source converts text
	 */
	record Work(List<NumberedRow> rows, List<String> upsertKey, boolean typecast) {
	}

	/** A row to write and its number in the upload. */
	record NumberedRow(int row, Map<String, Object> values) {
	}

	/** The hash of what an import writes where, to tell a retry from another request under the same key. */
	static String hash(TableRef table, Work work, int total) {
		try {
			byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
				.digest(JSON.writeValueAsBytes(List.of(table, work, total)));
			return java.util.HexFormat.of().formatHex(digest);
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The import a request with this key started before, and the hash of that request. */
	Optional<Map.Entry<UUID, String>> byKey(UUID tenantId, UUID requestedBy, String key) {
		return jdbc.sql("SELECT id, request_hash FROM connectors_import WHERE tenant_id = :tenant AND requested_by = :by "
				+ "AND idempotency_key = :key")
			.param("tenant", tenantId).param("by", requestedBy).param("key", key)
			.query((rs, n) -> Map.entry(rs.getObject("id", UUID.class), rs.getString("request_hash")))
			.optional();
	}

	/** Stores the import; false when another request with the same key got there first. */
	boolean insert(UUID id, UUID tenantId, TableRef table, UUID requestedBy, Work work, int total,
			List<ImportProgress.RowFailure> refused, Instant now, @Nullable String key) {
		return jdbc.sql("""
				INSERT INTO connectors_import (id, tenant_id, source_id, base_id, table_id, requested_by, request, status,
				  total, processed, failures, started_at, idempotency_key, request_hash)
				VALUES (:id, :tenant, :source, :base, :table, :by, CAST(:request AS JSONB), 'QUEUED', :total, :processed,
				  CAST(:failures AS JSONB), :now, :key, :hash)
				ON CONFLICT (tenant_id, requested_by, idempotency_key) DO NOTHING""")
			.param("key", key).param("hash", hash(table, work, total))
			.param("id", id).param("tenant", tenantId).param("source", table.sourceId()).param("base", table.baseId())
			.param("table", table.tableId()).param("by", requestedBy).param("request", JSON.writeValueAsString(work))
			.param("total", total).param("processed", refused.size()).param("failures", JSON.writeValueAsString(refused))
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	Optional<ImportProgress> find(UUID tenantId, UUID id) {
		return jdbc.sql("SELECT * FROM connectors_import WHERE tenant_id = :tenant AND id = :id")
			.param("tenant", tenantId).param("id", id)
			.query((rs, n) -> progress(rs))
			.optional();
	}

	/** The table's latest imports, newest first. */
	List<ImportProgress> recent(UUID tenantId, TableRef table, int limit) {
		return jdbc.sql("SELECT * FROM connectors_import WHERE tenant_id = :tenant AND source_id = :source "
				+ "AND base_id = :base AND table_id = :table ORDER BY started_at DESC, id DESC LIMIT :limit")
			.param("tenant", tenantId).param("source", table.sourceId()).param("base", table.baseId())
			.param("table", table.tableId()).param("limit", limit)
			.query((rs, n) -> progress(rs))
			.list();
	}

	Optional<UUID> tenantOf(UUID id) {
		return jdbc.sql("SELECT tenant_id FROM connectors_import WHERE id = :id").param("id", id).query(UUID.class).optional();
	}

	Work work(UUID id) {
		return JSON.readValue(jdbc.sql("SELECT request FROM connectors_import WHERE id = :id").param("id", id)
			.query(String.class).single(), Work.class);
	}

	UUID requestedBy(UUID id) {
		return jdbc.sql("SELECT requested_by FROM connectors_import WHERE id = :id").param("id", id).query(UUID.class).single();
	}

	void running(UUID id) {
		jdbc.sql("UPDATE connectors_import SET status = 'RUNNING' WHERE id = :id AND status = 'QUEUED'").param("id", id).update();
	}

	/** Adds a written chunk to the progress, in its own statement so that the progress shows at once. */
	void advanced(UUID id, int rows, int created, int updated, List<ImportProgress.RowFailure> failures) {
		jdbc.sql("""
				UPDATE connectors_import SET processed = processed + :rows, created = created + :created,
				  updated = updated + :updated, failures = failures || CAST(:failures AS JSONB) WHERE id = :id""")
			.param("rows", rows).param("created", created).param("updated", updated)
			.param("failures", JSON.writeValueAsString(failures)).param("id", id)
			.update();
	}

	void finished(UUID id, ImportProgress.Status status, @Nullable String problem, @Nullable String problemType,
			Instant now) {
		jdbc.sql("UPDATE connectors_import SET status = :status, problem = :problem, problem_type = :type, "
				+ "finished_at = :now WHERE id = :id")
			.param("status", status.name()).param("problem", problem).param("type", problemType)
			.param("now", Timestamp.from(now)).param("id", id)
			.update();
	}

	private static ImportProgress progress(ResultSet rs) throws SQLException {
		Timestamp finished = rs.getTimestamp("finished_at");
		return new ImportProgress(rs.getObject("id", UUID.class),
				new TableRef(rs.getObject("source_id", UUID.class), rs.getString("base_id"), rs.getString("table_id")),
				ImportProgress.Status.valueOf(rs.getString("status")), rs.getInt("total"), rs.getInt("processed"),
				rs.getInt("created"), rs.getInt("updated"),
				JSON.readValue(rs.getString("failures"), new TypeReference<List<ImportProgress.RowFailure>>() {
				}), rs.getString("problem"), rs.getString("problem_type"), rs.getTimestamp("started_at").toInstant(),
				finished == null ? null : finished.toInstant());
	}
}
