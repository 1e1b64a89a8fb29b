package dev.katib.automation.batch;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.katib.review.LetterGroups;

/** The organisation's batch runs, as groups the review and signature queues can be filtered by. */
@Component
class BatchLetterGroups implements LetterGroups {

	private final JdbcClient jdbc;

	BatchLetterGroups(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The runs that have drafted letters, newest first. */
	@Override
	@Transactional(readOnly = true)
	public List<LetterGroup> groups(UUID tenantId) {
		return jdbc.sql("""
				SELECT r.id, r.name FROM automation_batch_run r
				 WHERE r.tenant_id = :tenant AND r.status <> 'READY'
				 ORDER BY r.created_at DESC, r.id DESC LIMIT :limit""")
			.param("tenant", tenantId)
			.param("limit", BatchRuns.MAX_LISTED)
			.query((row, n) -> new LetterGroup(row.getObject(1, UUID.class), row.getString(2)))
			.list();
	}

	/** The letters of the run's rows, in the run's order. */
	@Override
	@Transactional(readOnly = true)
	public List<UUID> letters(UUID tenantId, UUID groupId) {
		return jdbc.sql("""
				SELECT w.letter_id FROM automation_batch_row w
				 WHERE w.tenant_id = :tenant AND w.run_id = :run AND w.letter_id IS NOT NULL
				 ORDER BY w.position""")
			.param("tenant", tenantId)
			.param("run", groupId)
			.query(UUID.class)
			.list();
	}
}
