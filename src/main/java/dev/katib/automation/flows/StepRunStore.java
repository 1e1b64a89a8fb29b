package dev.katib.automation.flows;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;

/** The one writer of {@code automation_flow_step_run}: each attempt at each step of an execution. */
@Repository
class StepRunStore {

	private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	StepRunStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The attempt to go on with: the step's attempt that waits (a wait resumed), else a new one, numbered after
	 * the step's failed attempts.
	 */
	StepRun begin(UUID tenantId, UUID executionId, Step step, Map<String, Object> input, Instant now) {
		Optional<StepRun> waiting = jdbc.sql("SELECT * FROM automation_flow_step_run WHERE execution_id = :execution "
				+ "AND step_id = :step AND status = 'WAITING' ORDER BY seq DESC LIMIT 1")
			.param("execution", executionId).param("step", step.id()).query(StepRunStore::run).optional();
		if (waiting.isPresent()) {
			return waiting.get();
		}
		// one runner at a time runs an execution: an attempt still running was cut short by a process that stopped
		jdbc.sql("""
				UPDATE automation_flow_step_run SET status = 'FAILED', finished_at = :now,
				  error = CAST(:error AS JSONB)
				WHERE execution_id = :execution AND status = 'RUNNING'""")
			.param("now", Timestamp.from(now)).param("execution", executionId)
			.param("error", ExecutionStore.json(Map.of("title", "Interrupted", "detail",
					"Katib stopped during this attempt; the step was run again.")))
			.update();
		int seq = jdbc.sql("SELECT coalesce(max(seq), 0) + 1 FROM automation_flow_step_run WHERE execution_id = :execution")
			.param("execution", executionId).query(Integer.class).single();
		int attempt = jdbc.sql("SELECT count(*) + 1 FROM automation_flow_step_run WHERE execution_id = :execution "
				+ "AND step_id = :step").param("execution", executionId).param("step", step.id())
			.query(Integer.class).single();
		jdbc.sql("""
				INSERT INTO automation_flow_step_run (execution_id, seq, tenant_id, step_id, step_type, attempt, status,
				  input, started_at)
				VALUES (:execution, :seq, :tenant, :step, :type, :attempt, 'RUNNING', CAST(:input AS JSONB), :now)""")
			.param("execution", executionId).param("seq", seq).param("tenant", tenantId).param("step", step.id())
			.param("type", step.type().name()).param("attempt", attempt).param("input", ExecutionStore.json(input))
			.param("now", Timestamp.from(now)).update();
		return new StepRun(executionId, seq, step.id(), step.type(), attempt, "RUNNING", input, null, null, now, null,
				null);
	}

	/** How the attempt ended, or that it waits now. */
	void end(StepRun run, String status, @Nullable Map<String, Object> output, @Nullable Map<String, Object> error,
			Instant now) {
		boolean over = !status.equals("WAITING");
		jdbc.sql("""
				UPDATE automation_flow_step_run SET status = :status, output = CAST(:output AS JSONB),
				  error = CAST(:error AS JSONB), finished_at = :finished, duration_ms = :duration
				WHERE execution_id = :execution AND seq = :seq""")
			.param("status", status).param("output", output == null ? null : ExecutionStore.json(output))
			.param("error", error == null ? null : ExecutionStore.json(error))
			.param("finished", over ? Timestamp.from(now) : null)
			.param("duration", over ? Math.max(0, Duration.between(run.startedAt(), now).toMillis()) : null)
			.param("execution", run.executionId()).param("seq", run.seq()).update();
	}

	/** The execution's attempts in the order they started. */
	List<StepRun> of(UUID tenantId, UUID executionId) {
		return jdbc.sql("SELECT * FROM automation_flow_step_run WHERE tenant_id = :tenant AND execution_id = :execution "
				+ "ORDER BY seq").param("tenant", tenantId).param("execution", executionId)
			.query(StepRunStore::run).list();
	}

	private static StepRun run(ResultSet rs, int row) throws SQLException {
		String output = rs.getString("output");
		String error = rs.getString("error");
		Timestamp finished = rs.getTimestamp("finished_at");
		Long duration = rs.getObject("duration_ms", Long.class);
		return new StepRun(rs.getObject("execution_id", UUID.class), rs.getInt("seq"), rs.getString("step_id"),
				StepType.valueOf(rs.getString("step_type")), rs.getInt("attempt"), rs.getString("status"),
				AutomationStore.JSON.readValue(rs.getString("input"), OBJECT),
				output == null ? null : AutomationStore.JSON.readValue(output, OBJECT),
				error == null ? null : AutomationStore.JSON.readValue(error, OBJECT), rs.getTimestamp("started_at").toInstant(),
				finished == null ? null : finished.toInstant(), duration);
	}
}
