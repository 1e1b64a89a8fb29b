package dev.katib.automation.batch;

import java.sql.Timestamp;
import java.time.Duration;
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
	/** How often a later write-back (its letter changed after its run's job) is tried, with backoff, before it stays failed. */
	static final int LATER_MAX_ATTEMPTS = 8;
	/** How long a request may be under way before its rows are deemed left by a stopped process. */
	static final Duration LEASE = Duration.ofMinutes(2);

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
	 * @param attempts how often it was sent, this time included
	 */
	record Due(int position, String recordId, UUID letterId, int attempts) {
	}

	/**
	 * A run whose rows' letters changed after its job ended, so that write-backs are due with no job to send them.
	 *
	 * @param tenantId the run's organisation
	 * @param runId the run
	 */
	record LaterRun(UUID tenantId, UUID runId) {
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
	List<Due> take(UUID runId, int limit, boolean alsoFailed, Instant now) {
		return take(runId, limit, "(:failed AND write_back = 'FAILED' AND write_back_attempts < :max)", alsoFailed,
				MAX_ATTEMPTS, now);
	}

	/**
	 * Takes the next rows to write back after their run's job: pending rows, and failed ones whose backoff is over
	 * and that failed fewer than {@link #LATER_MAX_ATTEMPTS} times.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	List<Due> takeLater(UUID runId, int limit, Instant now) {
		return take(runId, limit, "(write_back = 'FAILED' AND write_back_next_at <= :now AND write_back_attempts < :max)",
				true, LATER_MAX_ATTEMPTS, now);
	}

	private List<Due> take(UUID runId, int limit, String orFailed, boolean alsoFailed, int max, Instant now) {
		return jdbc.sql("""
				UPDATE automation_batch_row SET write_back = 'SENDING', write_back_attempts = write_back_attempts + 1,
				  write_back_next_at = :lease
				WHERE run_id = :run AND position IN (
				  SELECT position FROM automation_batch_row WHERE run_id = :run AND status IN ('DRAFTED', 'SUBMITTED')
				    AND letter_id IS NOT NULL AND (write_back = 'PENDING' OR %s)
				  ORDER BY position LIMIT :limit FOR UPDATE SKIP LOCKED)
				RETURNING position, record_id, letter_id, write_back_attempts""".formatted(orFailed))
			.param("run", runId).param("limit", limit).param("failed", alsoFailed).param("max", max)
			.param("now", Timestamp.from(now)).param("lease", Timestamp.from(now.plus(LEASE)))
			.query((rs, n) -> new Due(rs.getInt(1), rs.getString(2), rs.getObject(3, UUID.class), rs.getInt(4)))
			.list()
			.stream()
			.sorted(java.util.Comparator.comparingInt(Due::position))
			.toList();
	}

	/**
	 * The letter changed: each row it was drafted from, in a run that writes back its number or status, is due for
	 * a write-back again (its failures forgotten), or, when a request carrying it is under way, once that is done.
	 * Rows already due stay due once: whatever changes before the request leaves goes in that one request.
	 *
	 * @return how many rows
	 */
	int changed(UUID tenantId, UUID letterId) {
		return jdbc.sql("""
				UPDATE automation_batch_row r SET
				  write_back = CASE WHEN r.write_back = 'SENDING' THEN 'SENDING' ELSE 'PENDING' END,
				  write_back_again = r.write_back = 'SENDING',
				  write_back_attempts = CASE WHEN r.write_back = 'SENDING' THEN r.write_back_attempts ELSE 0 END,
				  write_back_problem = CASE WHEN r.write_back = 'SENDING' THEN r.write_back_problem END,
				  write_back_next_at = CASE WHEN r.write_back = 'SENDING' THEN r.write_back_next_at END
				FROM automation_batch_write_back w
				WHERE r.tenant_id = :tenant AND r.letter_id = :letter AND r.write_back IS NOT NULL
				  AND w.run_id = r.run_id AND w.tenant_id = r.tenant_id
				  AND (w.number_field IS NOT NULL OR w.status_field IS NOT NULL)""")
			.param("tenant", tenantId).param("letter", letterId)
			.update();
	}

	/**
	 * Runs with no job under way whose rows wait for a write-back: pending, failed with their backoff over, or
	 * left sending by a stopped process (their lease over).
	 */
	List<LaterRun> dueLater(Instant now, int limit) {
		return jdbc.sql("""
				SELECT DISTINCT r.tenant_id, r.run_id FROM automation_batch_row r
				JOIN automation_batch_run run ON run.id = r.run_id AND run.tenant_id = r.tenant_id
				WHERE run.status <> 'RUNNING' AND r.status IN ('DRAFTED', 'SUBMITTED') AND r.letter_id IS NOT NULL
				  AND (r.write_back = 'PENDING'
				    OR (r.write_back = 'SENDING' AND (r.write_back_next_at IS NULL OR r.write_back_next_at <= :now))
				    OR (r.write_back = 'FAILED' AND r.write_back_next_at <= :now AND r.write_back_attempts < :max))
				LIMIT :limit""")
			.param("now", Timestamp.from(now)).param("max", LATER_MAX_ATTEMPTS).param("limit", limit)
			.query((rs, n) -> new LaterRun(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
			.list();
	}

	/** The rows a process stopped while writing them back: their request may or may not have reached the source. */
	List<Due> leftSending(UUID runId) {
		return leftSending(runId, null);
	}

	/** The rows left sending whose request has been under way too long to be still going: its process stopped. */
	List<Due> leftSending(UUID runId, @Nullable Instant now) {
		return jdbc.sql("""
				SELECT position, record_id, letter_id, write_back_attempts FROM automation_batch_row
				WHERE run_id = :run AND write_back = 'SENDING'
				  AND (CAST(:now AS timestamptz) IS NULL OR write_back_next_at IS NULL OR write_back_next_at <= :now)
				ORDER BY position""")
			.param("run", runId).param("now", now == null ? null : Timestamp.from(now))
			.query((rs, n) -> new Due(rs.getInt(1), rs.getString(2), rs.getObject(3, UUID.class), rs.getInt(4)))
			.list();
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void written(UUID runId, Collection<Integer> positions, Instant now) {
		move(runId, positions, "WRITTEN", null, now, null);
	}

	/** The rows go back to waiting, their write-back not made. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void again(UUID runId, Collection<Integer> positions, Instant now) {
		move(runId, positions, "PENDING", null, now, null);
	}

	/** The rows' write-back failed; with {@code next}, they may be tried again from then on after their job. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void failed(UUID runId, Collection<Integer> positions, Map<String, Object> problem, Instant now,
			@Nullable Instant next) {
		move(runId, positions, "FAILED", problem, now, next);
	}

	/** How many of the run's rows are drafted but could not be written back. */
	long failed(UUID runId) {
		return jdbc.sql("SELECT count(*) FROM automation_batch_row WHERE run_id = :run AND write_back = 'FAILED'")
			.param("run", runId)
			.query(Long.class)
			.single();
	}

	/** How many rows of each of an organisation's runs have a failed write-back; runs without any are left out. */
	Map<UUID, Long> failed(UUID tenantId, Collection<UUID> runIds) {
		Map<UUID, Long> found = new java.util.HashMap<>();
		if (!runIds.isEmpty()) {
			jdbc.sql("SELECT run_id, count(*) FROM automation_batch_row WHERE tenant_id = :tenant AND run_id IN (:runs) "
					+ "AND write_back = 'FAILED' GROUP BY run_id")
				.param("tenant", tenantId).param("runs", runIds)
				.query((rs, n) -> found.put(rs.getObject(1, UUID.class), rs.getLong(2)))
				.list();
		}
		return found;
	}

	/** The run's failed write-backs may be tried again, as many times as at first; how many. */
	int retryFailed(UUID runId) {
		return jdbc.sql("""
				UPDATE automation_batch_row SET write_back = 'PENDING', write_back_attempts = 0, write_back_problem = NULL
				WHERE run_id = :run AND write_back = 'FAILED'""")
			.param("run", runId)
			.update();
	}

	/** Moves rows on from {@code SENDING}; a row whose letter changed meanwhile is written is due again. */
	private void move(UUID runId, Collection<Integer> positions, String to, @Nullable Map<String, Object> problem,
			Instant now, @Nullable Instant next) {
		if (positions.isEmpty()) {
			return;
		}
		jdbc.sql("""
				UPDATE automation_batch_row SET
				  write_back = CASE WHEN :to = 'WRITTEN' AND write_back_again THEN 'PENDING' ELSE :to END,
				  write_back_attempts = CASE WHEN :to = 'WRITTEN' AND write_back_again THEN 0 ELSE write_back_attempts END,
				  write_back_next_at = CASE WHEN :to = 'FAILED' AND write_back_again
				    THEN COALESCE(CAST(:next AS timestamptz), CAST(:now AS timestamptz)) ELSE CAST(:next AS timestamptz) END,
				  write_back_again = false, write_back_problem = CAST(:problem AS JSONB),
				  written_back_at = CASE WHEN :to = 'WRITTEN' THEN CAST(:now AS timestamptz) ELSE written_back_at END
				WHERE run_id = :run AND position IN (:positions) AND write_back = 'SENDING'""")
			.param("to", to).param("problem", problem == null ? null : BatchRunStore.JSON.writeValueAsString(problem))
			.param("now", Timestamp.from(now)).param("next", next == null ? null : Timestamp.from(next))
			.param("run", runId).param("positions", positions)
			.update();
	}
}
