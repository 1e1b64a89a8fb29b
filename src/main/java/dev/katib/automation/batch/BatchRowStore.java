package dev.katib.automation.batch;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;

import dev.katib.connectors.LetterField;
import dev.katib.connectors.MappedRecord;

/**
 * The one writer of {@code automation_batch_row}. Every status change is guarded by {@link RowStatus}: an update
 * moves only rows whose status may move to the new one, so a row once drafted is never drafting again.
 */
@Repository
class BatchRowStore {

	private static final TypeReference<Map<LetterField, String>> FIELDS = new TypeReference<>() {
	};
	private static final TypeReference<Map<String, String>> MERGE = new TypeReference<>() {
	};
	private static final TypeReference<Map<String, Object>> PROBLEM = new TypeReference<>() {
	};

	private final JdbcClient jdbc;
	private final NamedParameterJdbcTemplate named;

	BatchRowStore(JdbcClient jdbc, NamedParameterJdbcTemplate named) {
		this.jdbc = jdbc;
		this.named = named;
	}

	/** Keeps the run's records in their order; a record kept before (by a snapshot cut short) stays as it was. */
	void insertAll(UUID tenantId, UUID runId, List<MappedRecord> records, Instant now) {
		MapSqlParameterSource[] rows = new MapSqlParameterSource[records.size()];
		for (int i = 0; i < records.size(); i++) {
			MappedRecord record = records.get(i);
			rows[i] = new MapSqlParameterSource().addValue("run", runId).addValue("position", i + 1)
				.addValue("tenant", tenantId).addValue("record", record.recordId())
				.addValue("fields", BatchRunStore.JSON.writeValueAsString(record.fields()))
				.addValue("merge", BatchRunStore.JSON.writeValueAsString(record.mergeFields()))
				.addValue("now", Timestamp.from(now));
		}
		named.batchUpdate("""
				INSERT INTO automation_batch_row (run_id, position, tenant_id, record_id, fields, merge, status, updated_at)
				VALUES (:run, :position, :tenant, :record, CAST(:fields AS JSONB), CAST(:merge AS JSONB), 'WAITING', :now)
				ON CONFLICT DO NOTHING""", rows);
	}

	/** The next rows still to draft after a position, in order. */
	List<BatchRow> toDraftAfter(UUID runId, int position, int limit) {
		return jdbc.sql("""
				SELECT * FROM automation_batch_row WHERE run_id = :run AND position > :position
				  AND status IN ('WAITING', 'DRAFTING') ORDER BY position LIMIT :limit""")
			.param("run", runId).param("position", position).param("limit", limit)
			.query(BatchRowStore::row)
			.list();
	}

	/** Marks the row drafting, once per attempt; whether it may still be drafted. */
	boolean drafting(UUID runId, int position, Instant now) {
		return jdbc.sql("""
				UPDATE automation_batch_row SET status = 'DRAFTING', attempts = attempts + 1, updated_at = :now
				WHERE run_id = :run AND position = :position AND status IN (:from)""")
			.param("run", runId).param("position", position).param("now", Timestamp.from(now))
			.param("from", RowStatus.from(RowStatus.DRAFTING))
			.update() == 1;
	}

	/** Keeps what became of a row; a submitted letter's row was drafted first. */
	void record(RowOutcome outcome, Instant now) {
		if (outcome.status() == RowStatus.SUBMITTED) {
			move(new RowOutcome(outcome.runId(), outcome.position(), RowStatus.DRAFTED, outcome.letterId(), null), now);
		}
		move(outcome, now);
	}

	private void move(RowOutcome outcome, Instant now) {
		jdbc.sql("""
				UPDATE automation_batch_row SET status = :status, letter_id = COALESCE(:letter, letter_id),
				  problem = CAST(:problem AS JSONB), updated_at = :now
				WHERE run_id = :run AND position = :position AND status IN (:from)""")
			.param("status", outcome.status().name()).param("letter", outcome.letterId())
			.param("problem", outcome.problem() == null ? null : BatchRunStore.JSON.writeValueAsString(outcome.problem()))
			.param("now", Timestamp.from(now)).param("run", outcome.runId()).param("position", outcome.position())
			.param("from", RowStatus.from(outcome.status()))
			.update();
	}

	/** Puts the run's failed rows back in the queue; how many. */
	int retryFailed(UUID runId, Instant now) {
		return moveAll(runId, RowStatus.WAITING, List.of(RowStatus.FAILED.name()), now);
	}

	/**
	 * Skips the rows not drafted yet, when the run is cancelled; how many. Rows drafting in a job that still runs
	 * are left to finish, and skipped when it ends if they did not.
	 */
	int skipUndrafted(UUID runId, boolean alsoDrafting, Instant now) {
		return moveAll(runId, RowStatus.SKIPPED, alsoDrafting ? List.of(RowStatus.WAITING.name(), RowStatus.DRAFTING.name())
				: List.of(RowStatus.WAITING.name()), now);
	}

	Map<RowStatus, Long> counts(UUID runId) {
		Map<RowStatus, Long> counts = new EnumMap<>(RowStatus.class);
		jdbc.sql("SELECT status, count(*) FROM automation_batch_row WHERE run_id = :run GROUP BY status")
			.param("run", runId)
			.query((rs, n) -> counts.put(RowStatus.valueOf(rs.getString(1)), rs.getLong(2)))
			.list();
		return counts;
	}

	/** The rows per status of each of an organisation's runs, in one query. */
	Map<UUID, Map<RowStatus, Long>> counts(UUID tenantId, List<UUID> runIds) {
		Map<UUID, Map<RowStatus, Long>> counts = new java.util.HashMap<>();
		if (runIds.isEmpty()) {
			return counts;
		}
		jdbc.sql("SELECT run_id, status, count(*) FROM automation_batch_row WHERE tenant_id = :tenant "
				+ "AND run_id IN (:runs) GROUP BY run_id, status")
			.param("tenant", tenantId).param("runs", runIds)
			.query((rs, n) -> counts.computeIfAbsent(rs.getObject(1, UUID.class), id -> new EnumMap<>(RowStatus.class))
				.put(RowStatus.valueOf(rs.getString(2)), rs.getLong(3)))
			.list();
		return counts;
	}

	/** A page of the run's rows in order, of one status or of all. */
	List<BatchRow> page(UUID tenantId, UUID runId, @Nullable RowStatus status, int offset, int limit) {
		return jdbc.sql("SELECT * FROM automation_batch_row WHERE tenant_id = :tenant AND run_id = :run"
				+ (status == null ? "" : " AND status = :status") + " ORDER BY position OFFSET :offset LIMIT :limit")
			.param("tenant", tenantId).param("run", runId).param("status", status == null ? "" : status.name())
			.param("offset", offset).param("limit", limit)
			.query(BatchRowStore::row)
			.list();
	}

	private int moveAll(UUID runId, RowStatus to, List<String> from, Instant now) {
		return jdbc.sql("""
				UPDATE automation_batch_row SET status = :to, updated_at = :now,
				  problem = CASE WHEN :to = 'WAITING' THEN NULL ELSE problem END,
				  retries = CASE WHEN :to = 'WAITING' THEN retries + 1 ELSE retries END WHERE run_id = :run AND status IN (:from) AND status IN (:allowed)""")
			.param("to", to.name()).param("now", Timestamp.from(now)).param("run", runId).param("from", from)
			.param("allowed", RowStatus.from(to))
			.update();
	}

	private static BatchRow row(ResultSet rs, int n) throws SQLException {
		String problem = rs.getString("problem");
		String writeBackProblem = rs.getString("write_back_problem");
		return new BatchRow(rs.getObject("run_id", UUID.class), rs.getInt("position"),
				new MappedRecord(rs.getString("record_id"), BatchRunStore.JSON.readValue(rs.getString("fields"), FIELDS),
						BatchRunStore.JSON.readValue(rs.getString("merge"), MERGE)),
				RowStatus.valueOf(rs.getString("status")), rs.getObject("letter_id", UUID.class),
				problem == null ? null : BatchRunStore.JSON.readValue(problem, PROBLEM), rs.getInt("attempts"),
				rs.getInt("retries"), rs.getString("write_back"),
				writeBackProblem == null ? null : BatchRunStore.JSON.readValue(writeBackProblem, PROBLEM));
	}
}
