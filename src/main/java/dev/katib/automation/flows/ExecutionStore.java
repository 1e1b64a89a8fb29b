package dev.katib.automation.flows;

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

import dev.katib.platform.KatibException;

/** The one writer of {@code automation_flow_execution}; reads for members are limited to one organisation. */
@Repository
class ExecutionStore {

	private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
	};
	private static final TypeReference<Map<String, String>> TEXTS = new TypeReference<>() {
	};
	private static final String COLUMNS = """
			id, tenant_id, automation_id, status, trigger_kind, fire_key, trigger_data, definition, context, current_step,
			wait_letter_id, wait_for, problem, created_at, updated_at, finished_at""";

	private final JdbcClient jdbc;

	ExecutionStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores a new execution unless its automation has one for the same firing; whether it was stored. */
	boolean insert(Execution execution) {
		return jdbc.sql("INSERT INTO automation_flow_execution (" + COLUMNS + """
				) VALUES (:id, :tenant, :automation, :status, :kind, :fire, CAST(:trigger AS JSONB),
				  CAST(:definition AS JSONB), CAST(:context AS JSONB), :step, NULL, NULL, NULL, :created, :created, NULL)
				ON CONFLICT (automation_id, fire_key) DO NOTHING""")
			.param("id", execution.id()).param("tenant", execution.tenantId())
			.param("automation", execution.automationId()).param("status", execution.status().name())
			.param("kind", execution.triggerKind().name()).param("fire", execution.fireKey())
			.param("trigger", json(execution.triggerData()))
			.param("definition", json(execution.definition())).param("context", json(execution.context()))
			.param("step", execution.currentStep()).param("created", Timestamp.from(execution.createdAt()))
			.update() == 1;
	}

	Optional<Execution> find(UUID tenantId, UUID id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM automation_flow_execution WHERE tenant_id = :tenant AND id = :id")
			.param("tenant", tenantId).param("id", id).query(ExecutionStore::execution).optional();
	}

	Execution get(UUID tenantId, UUID id) {
		return find(tenantId, id).orElseThrow(() -> KatibException.notFound("The execution"));
	}

	/** The automation's executions, newest first. */
	List<Execution> list(UUID tenantId, UUID automationId, int offset, int limit) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM automation_flow_execution WHERE tenant_id = :tenant "
				+ "AND automation_id = :automation ORDER BY created_at DESC, id DESC OFFSET :offset LIMIT :limit")
			.param("tenant", tenantId).param("automation", automationId).param("offset", offset)
			.param("limit", limit).query(ExecutionStore::execution).list();
	}

	/**
	 * Takes a queued or waiting execution to run its steps, once: of two events that wake it at the same time,
	 * one runs it.
	 */
	boolean claim(UUID tenantId, UUID id, Instant now) {
		return jdbc.sql("""
				UPDATE automation_flow_execution SET status = 'RUNNING', updated_at = :now
				WHERE tenant_id = :tenant AND id = :id
				  AND (status IN ('QUEUED', 'WAITING') OR (status = 'RUNNING' AND updated_at < :stale))""")
			.param("now", Timestamp.from(now)).param("tenant", tenantId).param("id", id)
			.param("stale", Timestamp.from(now.minus(ExecutionRecovery.ABANDONED))).update() == 1;
	}

	/** Executions of every organisation left running by a process that stopped in the middle of a step. */
	List<Execution> abandoned(Instant now, int limit) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM automation_flow_execution WHERE status = 'RUNNING' "
				+ "AND updated_at < :stale ORDER BY updated_at, id LIMIT :limit")
			.param("stale", Timestamp.from(now.minus(ExecutionRecovery.ABANDONED))).param("limit", limit)
			.query(ExecutionStore::execution).list();
	}

	/** Where a running execution is now. */
	void progress(UUID tenantId, UUID id, ExecutionStatus status, Map<String, String> context,
			@Nullable String step, @Nullable UUID waitLetter, @Nullable String waitFor,
			@Nullable Map<String, Object> problem, Instant now) {
		jdbc.sql("""
				UPDATE automation_flow_execution SET status = :status, context = CAST(:context AS JSONB),
				  current_step = :step, wait_letter_id = :letter, wait_for = :waitFor, problem = CAST(:problem AS JSONB),
				  updated_at = :now, finished_at = :finished
				WHERE tenant_id = :tenant AND id = :id""")
			.param("status", status.name()).param("context", json(context)).param("step", step)
			.param("letter", waitLetter).param("waitFor", waitFor)
			.param("problem", problem == null ? null : json(problem)).param("now", Timestamp.from(now))
			.param("finished", status.finished() ? Timestamp.from(now) : null)
			.param("tenant", tenantId).param("id", id).update();
	}

	/** Puts a failed execution back in the queue at the step it failed at; whether it was failed. */
	boolean requeue(UUID tenantId, UUID id, Instant now) {
		return jdbc.sql("""
				UPDATE automation_flow_execution SET status = 'QUEUED', problem = NULL, finished_at = NULL,
				  updated_at = :now
				WHERE tenant_id = :tenant AND id = :id AND status = 'FAILED'""")
			.param("now", Timestamp.from(now)).param("tenant", tenantId).param("id", id).update() == 1;
	}

	/** The organisation's executions waiting for this letter. */
	List<UUID> waitingFor(UUID tenantId, UUID letterId) {
		return jdbc.sql("SELECT id FROM automation_flow_execution WHERE tenant_id = :tenant "
				+ "AND wait_letter_id = :letter AND status = 'WAITING' ORDER BY created_at, id")
			.param("tenant", tenantId).param("letter", letterId).query(UUID.class).list();
	}

	static String json(Object value) {
		return AutomationStore.JSON.writeValueAsString(value);
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

	private static Execution execution(ResultSet rs, int row) throws SQLException {
		String problem = rs.getString("problem");
		return new Execution(rs.getObject("id", UUID.class), rs.getObject("tenant_id", UUID.class),
				rs.getObject("automation_id", UUID.class), ExecutionStatus.valueOf(rs.getString("status")),
				TriggerKind.valueOf(rs.getString("trigger_kind")), rs.getString("fire_key"),
				AutomationStore.JSON.readValue(rs.getString("trigger_data"), OBJECT),
				AutomationStore.JSON.readValue(rs.getString("definition"), Definition.class),
				AutomationStore.JSON.readValue(rs.getString("context"), TEXTS), rs.getString("current_step"),
				rs.getObject("wait_letter_id", UUID.class), rs.getString("wait_for"),
				problem == null ? null : AutomationStore.JSON.readValue(problem, OBJECT),
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
				instant(rs, "finished_at"));
	}
}
