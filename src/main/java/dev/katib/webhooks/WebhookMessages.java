package dev.katib.webhooks;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;

import dev.katib.platform.DurableJobs;
import dev.katib.platform.DurableJobs.Outcome;

/** Webhook messages and their attempt log; the only class that writes these tables. Tenant-scoped reads. */
@Repository
class WebhookMessages {

	/** A message as the worker sees it, with where it goes. */
	record Due(UUID id, UUID tenantId, UUID endpointId, String url, String eventType, String body, int attempts,
			Instant windowStart) {
	}

	/** One try of a message, as the attempt log shows it. */
	record Attempt(UUID messageId, String eventType, int attempt, @Nullable Integer statusCode, String outcome,
			@Nullable String detail, long durationMs, Instant at) {
	}

	/**
	 * A message as the endpoint's page and the API list it.
	 *
	 * @param status {@code PENDING} (waiting for its next attempt), {@code DELIVERED} or {@code FAILED}
	 * @param nextAttemptAt when it is tried next, while it is pending
	 */
	record Message(UUID id, String eventType, String status, int attempts, @Nullable String lastError,
			Instant createdAt, @Nullable Instant nextAttemptAt, @Nullable Instant finishedAt) {
	}

	private final JdbcClient jdbc;
	private final DurableJobs durable;

	WebhookMessages(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.durable = new DurableJobs("webhooks_messages", jdbc, transactions);
	}

	/** Queues the event's message for the endpoint, unless it was queued before. */
	void create(UUID id, UUID tenantId, UUID endpointId, String eventType, String eventKey, String body, Instant now) {
		jdbc.sql("""
				INSERT INTO webhooks_messages (id, tenant_id, endpoint_id, event_type, event_key, body, status,
				  window_start, next_attempt_at, created_at)
				VALUES (:id, :tenant, :endpoint, :type, :key, :body, 'PENDING', :now, :now, :now)
				ON CONFLICT (endpoint_id, event_key) DO NOTHING""")
			.param("id", id)
			.param("tenant", tenantId)
			.param("endpoint", endpointId)
			.param("type", eventType)
			.param("key", eventKey)
			.param("body", body)
			.param("now", at(now))
			.update();
	}

	/**
	 * Attempts due messages of endpoints that are not paused, one at a time, each in its own transaction under its
	 * row's lock; other workers skip it.
	 */
	int workDue(Supplier<Instant> now, int max, Consumer<Due> attempt) {
		return durable.workDue(max, () -> jdbc.sql("""
				SELECT m.id, m.tenant_id, m.endpoint_id, e.url, m.event_type, m.body, m.attempts, m.window_start
				FROM webhooks_messages m
				JOIN webhooks_endpoints e ON e.id = m.endpoint_id AND e.tenant_id = m.tenant_id
				WHERE %s AND NOT e.paused
				ORDER BY m.next_attempt_at LIMIT 1 FOR UPDATE OF m SKIP LOCKED""".formatted(DurableJobs.due("m.")))
			.param("now", at(now.get()))
			.query((rs, n) -> new Due(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
					rs.getString(4), rs.getString(5), rs.getString(6), rs.getInt(7), rs.getTimestamp(8).toInstant()))
			.optional(), attempt);
	}

	/** Logs an attempt and moves the message on: delivered, failed for good, or waiting for {@code next}. */
	void recordAttempt(Due message, @Nullable Integer statusCode, Outcome outcome, @Nullable String detail,
			long durationMs, Instant now, @Nullable Instant next) {
		int attempt = message.attempts() + 1;
		durable.settle(message.tenantId(), message.id(), attempt, outcome, detail, now, next);
		jdbc.sql("""
				INSERT INTO webhooks_attempts (id, tenant_id, message_id, endpoint_id, attempt, status_code, outcome,
				  detail, duration_ms, at)
				VALUES (:id, :tenant, :message, :endpoint, :attempt, :code, :outcome, :detail, :ms, :now)""")
			.param("id", UUID.randomUUID())
			.param("tenant", message.tenantId())
			.param("message", message.id())
			.param("endpoint", message.endpointId())
			.param("attempt", attempt)
			.param("code", statusCode)
			.param("outcome", outcome.name())
			.param("detail", detail)
			.param("ms", durationMs)
			.param("now", at(now))
			.update();
	}

	/** The endpoint's latest attempts, newest first. */
	List<Attempt> attempts(UUID tenantId, UUID endpointId, int limit) {
		return jdbc.sql("""
				SELECT a.message_id, m.event_type, a.attempt, a.status_code, a.outcome, a.detail, a.duration_ms, a.at
				FROM webhooks_attempts a
				JOIN webhooks_messages m ON m.id = a.message_id AND m.tenant_id = a.tenant_id
				WHERE a.tenant_id = :tenant AND a.endpoint_id = :endpoint
				ORDER BY a.at DESC, a.attempt DESC LIMIT :limit""")
			.param("tenant", tenantId)
			.param("endpoint", endpointId)
			.param("limit", limit)
			.query((rs, n) -> new Attempt(rs.getObject(1, UUID.class), rs.getString(2), rs.getInt(3),
					(Integer) rs.getObject(4), rs.getString(5), rs.getString(6), rs.getLong(7), rs.getTimestamp(8).toInstant()))
			.list();
	}

	/** The endpoint's latest messages, newest first. */
	List<Message> recent(UUID tenantId, UUID endpointId, int limit) {
		return jdbc.sql("""
				SELECT id, event_type, status, attempts, last_error, created_at, next_attempt_at, finished_at
				FROM webhooks_messages WHERE tenant_id = :tenant AND endpoint_id = :endpoint
				ORDER BY created_at DESC, id DESC LIMIT :limit""")
			.param("tenant", tenantId)
			.param("endpoint", endpointId)
			.param("limit", limit)
			.query((rs, n) -> new Message(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getInt(4),
					rs.getString(5), rs.getTimestamp(6).toInstant(),
					"PENDING".equals(rs.getString(3)) ? rs.getTimestamp(7).toInstant() : null,
					rs.getTimestamp(8) == null ? null : rs.getTimestamp(8).toInstant()))
			.list();
	}

	/** The status of one message of the organisation, if there is such a message. */
	Optional<String> status(UUID tenantId, UUID id) {
		return jdbc.sql("SELECT status FROM webhooks_messages WHERE tenant_id = :tenant AND id = :id")
			.param("tenant", tenantId)
			.param("id", id)
			.query(String.class)
			.optional();
	}

	/**
	 * Sends a finished message again, with the same id (receivers may tell it was seen) and a fresh 24 hours.
	 *
	 * @return whether the message was finished and is now due again
	 */
	boolean replay(UUID tenantId, UUID id, Instant now) {
		return jdbc.sql("""
				UPDATE webhooks_messages SET status = 'PENDING', window_start = :now, next_attempt_at = :now,
				  finished_at = NULL
				WHERE tenant_id = :tenant AND id = :id AND status <> 'PENDING'""")
			.param("now", at(now))
			.param("tenant", tenantId)
			.param("id", id)
			.update() > 0;
	}

	private static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}
}
