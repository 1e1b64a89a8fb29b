package dev.katib.automation.batch;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one writer of {@code automation_batch_write_back} and of the write-back columns of {@code automation_batch_row}.
 * A row's write-back goes {@code PENDING} → {@code SENDING} (committed before its request leaves) → {@code WRITTEN},
 * or {@code FAILED} with its problem, to be tried again.
 */
@Repository
class WriteBackStore {

	/** How often one row's write-back is tried in one round of its run before it stays failed. */
	static final int MAX_ATTEMPTS = 3;

	private final JdbcClient jdbc;

	WriteBackStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * One row to write back: its record, its letter and how often it was sent.
	 *
	 * @param position the row
	 * @param recordId its record in the source
	 * @param letterId its letter
	 */
	record Due(int position, String recordId, UUID letterId) {
	}

	void save(UUID tenantId, UUID runId, WriteBackFields fields) {
		jdbc.sql("""
				INSERT INTO automation_batch_write_back (run_id, tenant_id, number_field, status_field, link_field)
				VALUES (:run, :tenant, :number, :status, :link)""")
			.param("run", runId).param("tenant", tenantId).param("number", fields.number())
			.param("status", fields.status()).param("link", fields.link())
			.update();
	}

	Optional<WriteBackFields> fields(UUID runId) {
		return jdbc.sql("SELECT number_field, status_field, link_field FROM automation_batch_write_back WHERE run_id = :run")
			.param("run", runId)
			.query((rs, n) -> new WriteBackFields(rs.getString(1), rs.getString(2), rs.getString(3)))
			.optional();
	}

	/** The write-back fields of each of an organisation's runs that has some. */
	Map<UUID, WriteBackFields> fields(UUID tenantId, Collection<UUID> runIds) {
		Map<UUID, WriteBackFields> found = new java.util.HashMap<>();
		if (!runIds.isEmpty()) {
			jdbc.sql("SELECT run_id, number_field, status_field, link_field FROM automation_batch_write_back "
					+ "WHERE tenant_id = :tenant AND run_id IN (:runs)")
				.param("tenant", tenantId).param("runs", runIds)
				.query((rs, n) -> found.put(rs.getObject(1, UUID.class),
						new WriteBackFields(rs.getString(2), rs.getString(3), rs.getString(4))))
				.list();
		}
		return found;
	}

	/** Every row of the run waits for its write-back; rows that had one already keep theirs. */
	void expectAll(UUID runId) {
		jdbc.sql("UPDATE automation_batch_row SET write_back = 'PENDING' WHERE run_id = :run AND write_back IS NULL")
			.param("run", runId)
			.update();
	}

	/**
	 * Takes the next rows to write back, in order: rows whose letter is drafted (or submitted) and not written
	 * back yet, and, with {@code alsoFailed}, rows whose write-back failed fewer than {@link #MAX_ATTEMPTS} times.
	 * They are {@code SENDING} once this commits, so a crash leaves them for {@link #leftSending} to look at.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	List<Due> take(UUID runId, int limit, boolean alsoFailed) {
		return jdbc.sql("""
				UPDATE automation_batch_row SET write_back = 'SENDING', write_back_attempts = write_back_attempts + 1
				WHERE run_id = :run AND position IN (
				  SELECT position FROM automation_batch_row WHERE run_id = :run AND status IN ('DRAFTED', 'SUBMITTED')
				    AND letter_id IS NOT NULL
				    AND (write_back = 'PENDING' OR (:failed AND write_back = 'FAILED' AND write_back_attempts < :max))
				  ORDER BY position LIMIT :limit FOR UPDATE SKIP LOCKED)
				RETURNING position, record_id, letter_id""")
			.param("run", runId).param("limit", limit).param("failed", alsoFailed).param("max", MAX_ATTEMPTS)
			.query((rs, n) -> new Due(rs.getInt(1), rs.getString(2), rs.getObject(3, UUID.class)))
			.list()
			.stream()
			.sorted(java.util.Comparator.comparingInt(Due::position))
			.toList();
	}

	/** The rows a process stopped while writing them back: their request may or may not have reached the source. */
	List<Due> leftSending(UUID runId) {
		return jdbc.sql("""
				SELECT position, record_id, letter_id FROM automation_batch_row
				WHERE run_id = :run AND write_back = 'SENDING' ORDER BY position""")
			.param("run", runId)
			.query((rs, n) -> new Due(rs.getInt(1), rs.getString(2), rs.getObject(3, UUID.class)))
			.list();
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void written(UUID runId, Collection<Integer> positions, Instant now) {
		move(runId, positions, "WRITTEN", null, now);
	}

	/** The rows go back to waiting, their write-back not made. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void again(UUID runId, Collection<Integer> positions, Instant now) {
		move(runId, positions, "PENDING", null, now);
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void failed(UUID runId, Collection<Integer> positions, Map<String, Object> problem, Instant now) {
		move(runId, positions, "FAILED", problem, now);
	}

	/** How many rows still wait for a write-back that may be tried: pending, sending or failed but not given up. */
	long remaining(UUID runId) {
		return jdbc.sql("""
				SELECT count(*) FROM automation_batch_row WHERE run_id = :run AND status IN ('DRAFTED', 'SUBMITTED')
				  AND (write_back IN ('PENDING', 'SENDING') OR (write_back = 'FAILED' AND write_back_attempts < :max))""")
			.param("run", runId).param("max", MAX_ATTEMPTS)
			.query(Long.class)
			.single();
	}

	/** How many of the run's rows are drafted but could not be written back. */
	long failed(UUID runId) {
		return jdbc.sql("SELECT count(*) FROM automation_batch_row WHERE run_id = :run AND write_back = 'FAILED'")
			.param("run", runId)
			.query(Long.class)
			.single();
	}

	/** The run's failed write-backs may be tried again, as many times as at first; how many. */
	int retryFailed(UUID runId) {
		return jdbc.sql("""
				UPDATE automation_batch_row SET write_back = 'PENDING', write_back_attempts = 0, write_back_problem = NULL
				WHERE run_id = :run AND write_back = 'FAILED'""")
			.param("run", runId)
			.update();
	}

	private void move(UUID runId, Collection<Integer> positions, String to, @Nullable Map<String, Object> problem,
			Instant now) {
		if (positions.isEmpty()) {
			return;
		}
		jdbc.sql("""
				UPDATE automation_batch_row SET write_back = :to, write_back_problem = CAST(:problem AS JSONB),
				  written_back_at = CASE WHEN :to = 'WRITTEN' THEN CAST(:now AS timestamptz) ELSE written_back_at END
				WHERE run_id = :run AND position IN (:positions) AND write_back = 'SENDING'""")
			.param("to", to).param("problem", problem == null ? null : BatchRunStore.JSON.writeValueAsString(problem))
			.param("now", Timestamp.from(now)).param("run", runId).param("positions", positions)
			.update();
	}
}
