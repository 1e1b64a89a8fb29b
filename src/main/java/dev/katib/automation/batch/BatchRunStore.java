package dev.katib.automation.batch;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import dev.katib.automation.BatchRunEvent;
import dev.katib.connectors.TableRef;
import dev.katib.knowledge.Language;
import dev.katib.platform.KatibException;

/** The one writer of {@code automation_batch_run}: every read is limited to one organisation. */
@Repository
class BatchRunStore {

	static final JsonMapper JSON = JsonMapper.builder().build();
	private static final TypeReference<List<Condition>> CONDITIONS = new TypeReference<>() {
	};
	private static final String COLUMNS = """
			id, tenant_id, writer_id, name, source_id, base_id, table_id, view_name, conditions, category, language,
			template, submit_for_review, status, round, job_execution_id, problem, created_at, started_at, finished_at""";

	private final JdbcClient jdbc;
	private final Clock clock;
	private final ApplicationEventPublisher events;

	BatchRunStore(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.events = events;
	}

	void insert(BatchRun run) {
		jdbc.sql("INSERT INTO automation_batch_run (" + COLUMNS + """
				) VALUES (:id, :tenant, :writer, :name, :source, :base, :table, :view, CAST(:conditions AS JSONB),
				:category, :language, :template, :submit, :status, :round, :execution, :problem, :created, :started, :finished)""")
			.param("id", run.id()).param("tenant", run.tenantId()).param("writer", run.writerId())
			.param("name", run.name()).param("source", run.table().sourceId()).param("base", run.table().baseId())
			.param("table", run.table().tableId()).param("view", run.view())
			.param("conditions", JSON.writeValueAsString(run.conditions())).param("category", run.category())
			.param("language", run.language().code()).param("template", run.template().text())
			.param("submit", run.submitForReview()).param("status", run.status().name()).param("round", run.round())
			.param("execution", run.jobExecutionId()).param("problem", run.problem())
			.param("created", Timestamp.from(run.createdAt())).param("started", timestamp(run.startedAt()))
			.param("finished", timestamp(run.finishedAt()))
			.update();
	}

	Optional<BatchRun> find(UUID tenantId, UUID runId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM automation_batch_run WHERE tenant_id = :tenant AND id = :id")
			.param("tenant", tenantId).param("id", runId)
			.query(BatchRunStore::run)
			.optional();
	}

	BatchRun get(UUID tenantId, UUID runId) {
		return find(tenantId, runId).orElseThrow(() -> KatibException.notFound("The batch run"));
	}

	/** The organisation's runs, newest first. */
	List<BatchRun> list(UUID tenantId, int limit) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM automation_batch_run WHERE tenant_id = :tenant "
				+ "ORDER BY created_at DESC, id LIMIT :limit")
			.param("tenant", tenantId).param("limit", limit)
			.query(BatchRunStore::run)
			.list();
	}

	/** The running runs of every organisation whose job no process has vouched for since {@code before}. */
	List<BatchRun> abandoned(Instant before) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM automation_batch_run WHERE status = 'RUNNING' "
				+ "AND (heartbeat_at IS NULL OR heartbeat_at < :before) ORDER BY created_at")
			.param("before", Timestamp.from(before))
			.query(BatchRunStore::run)
			.list();
	}

	/**
	 * Takes an abandoned run for this process, once: of several processes that find it abandoned, one takes it.
	 *
	 * @return whether this process took it
	 */
	boolean claim(UUID runId, Instant before, Instant now) {
		return jdbc.sql("""
				UPDATE automation_batch_run SET heartbeat_at = :now WHERE id = :id AND status = 'RUNNING'
				  AND (heartbeat_at IS NULL OR heartbeat_at < :before)""")
			.param("now", Timestamp.from(now)).param("id", runId).param("before", Timestamp.from(before))
			.update() == 1;
	}

	/** This process runs these runs' jobs now. */
	void heartbeat(Collection<UUID> runIds, Instant now) {
		if (!runIds.isEmpty()) {
			jdbc.sql("UPDATE automation_batch_run SET heartbeat_at = :now WHERE id IN (:runs)")
				.param("now", Timestamp.from(now)).param("runs", runIds)
				.update();
		}
	}

	/**
	 * Changes the run under its row's lock, so two requests (or a request and the job) never both move it from
	 * the same status; the change checks its rule on the run as stored.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	BatchRun change(UUID tenantId, UUID runId, UnaryOperator<BatchRun> change) {
		return changeLocked(jdbc.sql("SELECT " + COLUMNS + " FROM automation_batch_run "
				+ "WHERE tenant_id = :tenant AND id = :id FOR UPDATE").param("tenant", tenantId).param("id", runId), change);
	}

	/** As {@link #change}, for the run's own job, which knows the run by its id alone. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	BatchRun changeWhere(UUID runId, UnaryOperator<BatchRun> change) {
		return changeLocked(jdbc.sql("SELECT " + COLUMNS + " FROM automation_batch_run WHERE id = :id FOR UPDATE")
			.param("id", runId), change);
	}

	private BatchRun changeLocked(JdbcClient.StatementSpec select, UnaryOperator<BatchRun> change) {
		BatchRun current = select.query(BatchRunStore::run)
			.optional()
			.orElseThrow(() -> KatibException.notFound("The batch run"));
		BatchRun changed = change.apply(current);
		if (changed.equals(current)) {
			return current;
		}
		jdbc.sql("""
				UPDATE automation_batch_run SET status = :status, round = :round, job_execution_id = :execution,
				  problem = :problem, started_at = :started, finished_at = :finished, version = version + 1,
				  heartbeat_at = CASE WHEN :status = 'RUNNING' AND status <> 'RUNNING' THEN :now ELSE heartbeat_at END
				WHERE id = :id""")
			.param("status", changed.status().name()).param("round", changed.round())
			.param("execution", changed.jobExecutionId()).param("problem", changed.problem())
			.param("started", timestamp(changed.startedAt())).param("finished", timestamp(changed.finishedAt()))
			.param("now", Timestamp.from(clock.instant())).param("id", current.id())
			.update();
		if (changed.status() != current.status()) {
			Instant now = clock.instant();
			@Nullable BatchRunEvent event = switch (changed.status()) {
				case RUNNING -> new BatchRunEvent.Started(changed.tenantId(), changed.id(), changed.name(),
						current.status().name(), changed.round(), now);
				case COMPLETED -> new BatchRunEvent.Completed(changed.tenantId(), changed.id(), changed.name(), now);
				case FAILED -> new BatchRunEvent.Failed(changed.tenantId(), changed.id(), changed.name(),
						String.valueOf(changed.problem()), now);
				case CANCELLED -> new BatchRunEvent.Cancelled(changed.tenantId(), changed.id(), changed.name(), now);
				case READY, PAUSED -> null;
			};
			if (event != null) {
				events.publishEvent(event);
			}
		}
		return changed;
	}

	private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

	private static BatchRun run(ResultSet rs, int row) throws SQLException {
		Long execution = rs.getObject("job_execution_id", Long.class);
		return new BatchRun(rs.getObject("id", UUID.class), rs.getObject("tenant_id", UUID.class),
				rs.getObject("writer_id", UUID.class), rs.getString("name"),
				new TableRef(rs.getObject("source_id", UUID.class), rs.getString("base_id"), rs.getString("table_id")),
				rs.getString("view_name"), JSON.readValue(rs.getString("conditions"), CONDITIONS),
				rs.getString("category"), Language.fromCode(rs.getString("language")).orElseThrow(),
				new RequestTemplate(rs.getString("template")), rs.getBoolean("submit_for_review"),
				RunStatus.valueOf(rs.getString("status")), rs.getInt("round"), execution, rs.getString("problem"),
				rs.getTimestamp("created_at").toInstant(), instant(rs, "started_at"), instant(rs, "finished_at"));
	}
}
