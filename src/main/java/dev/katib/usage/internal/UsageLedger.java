package dev.katib.usage.internal;

import java.sql.Timestamp;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import dev.katib.ai.ModelCallCompleted;

/**
 * Writes every model call into the ledger with its cost, and with its purpose when the call was exempt from the
 * quotas (a batch run's preview letter: {@code BATCH_PREVIEW}). A call is recorded once by its id, however
 * often its event is delivered (the event registry redelivers after a crash).
 */
@Component
class UsageLedger {

	private final JdbcClient jdbc;
	private final PriceTable prices;

	UsageLedger(JdbcClient jdbc, PriceTable prices) {
		this.jdbc = jdbc;
		this.prices = prices;
	}

	@ApplicationModuleListener
	void on(ModelCallCompleted call) {
		record(call);
	}

	/** Records the call unless it is already there; says whether it was new. */
	boolean record(ModelCallCompleted call) {
		return jdbc.sql("""
				INSERT INTO usage_model_call (call_id, tenant_id, user_id, subject_type, subject_id, task, provider, model,
				    input_tokens, output_tokens, cost, latency_ms, outcome, completed_at, purpose)
				VALUES (:call, :tenant, :user, :subjectType, :subjectId, :task, :provider, :model,
				    :input, :output, :cost, :latency, :outcome, :completedAt,
				    (SELECT r.exempt_purpose FROM usage_reservation r WHERE r.tenant_id = :tenant
				      AND r.subject_type = :subjectType AND r.subject_id = :subjectId AND r.exempt_purpose IS NOT NULL
				      ORDER BY r.created_at, r.id LIMIT 1))
				ON CONFLICT (call_id) DO NOTHING""")
			.param("call", call.callId())
			.param("tenant", call.attribution().tenantId())
			.param("user", call.attribution().userId(), java.sql.Types.OTHER)
			.param("subjectType", truncate(call.attribution().subjectType(), 40), java.sql.Types.VARCHAR)
			.param("subjectId", truncate(call.attribution().subjectId(), 100), java.sql.Types.VARCHAR)
			.param("task", truncate(call.task(), 100))
			.param("provider", truncate(call.provider(), 40))
			.param("model", truncate(call.model(), 200))
			.param("input", call.usage().input())
			.param("output", call.usage().output())
			.param("cost", prices.cost(call.provider(), call.model(), call.usage()), java.sql.Types.NUMERIC)
			.param("latency", call.latency().toMillis())
			.param("outcome", call.outcome().name())
			.param("completedAt", Timestamp.from(call.completedAt()))
			.update() == 1;
	}

	private static String truncate(String value, int length) {
		return value == null || value.length() <= length ? value : value.substring(0, length);
	}
}
