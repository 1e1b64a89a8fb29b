package dev.katib.delivery.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;

import dev.katib.delivery.Channel;
import dev.katib.delivery.Delivery;
import dev.katib.platform.DurableJobs;
import dev.katib.platform.DurableJobs.Outcome;

/** The delivery jobs and their attempt log; the only class that writes these tables. Tenant-scoped reads. */
@Repository
public class DeliveryJobs {

	/** A job as the worker sees it. */
	record Job(UUID id, UUID tenantId, UUID letterId, Channel channel, String recipient, int attempts) {
	}

	private final JdbcClient jdbc;
	private final DurableJobs durable;

	DeliveryJobs(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.durable = new DurableJobs("delivery_jobs", jdbc, transactions);
	}

	void create(UUID id, UUID tenantId, UUID letterId, Channel channel, String recipient, UUID requestedBy,
			@Nullable String idempotencyKey, Instant now) {
		jdbc.sql("""
				INSERT INTO delivery_jobs (id, tenant_id, letter_id, channel, recipient, requested_by, idempotency_key,
				  status, next_attempt_at, created_at)
				VALUES (:id, :tenant, :letter, :channel, :recipient, :by, :key, 'PENDING', :now, :now)""")
			.param("id", id)
			.param("tenant", tenantId)
			.param("letter", letterId)
			.param("channel", channel.name())
			.param("recipient", recipient)
			.param("by", requestedBy)
			.param("key", idempotencyKey)
			.param("now", at(now))
			.update();
	}

	Optional<UUID> byIdempotencyKey(UUID tenantId, String key) {
		return jdbc.sql("SELECT id FROM delivery_jobs WHERE tenant_id = :tenant AND idempotency_key = :key")
			.param("tenant", tenantId)
			.param("key", key)
			.query(UUID.class)
			.optional();
	}

	/** Attempts due jobs one at a time, each in its own transaction under its row's lock; other workers skip it. */
	int workDue(Supplier<Instant> now, int max, Consumer<Job> attempt) {
		return durable.workDue(max, () -> jdbc.sql("""
				SELECT id, tenant_id, letter_id, channel, recipient, attempts FROM delivery_jobs
				WHERE %s ORDER BY next_attempt_at LIMIT 1 FOR UPDATE SKIP LOCKED""".formatted(DurableJobs.due("")))
			.param("now", at(now.get()))
			.query((rs, n) -> new Job(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
					rs.getObject(3, UUID.class), Channel.valueOf(rs.getString(4)), rs.getString(5), rs.getInt(6)))
			.optional(), attempt);
	}

	/** Remembers the provider's id of the message that carried the delivery, for its status reports. */
	void sentAs(Job job, String providerMessageId) {
		jdbc.sql("UPDATE delivery_jobs SET provider_message_id = :message WHERE id = :id AND tenant_id = :tenant")
			.param("message", providerMessageId.length() > 200 ? providerMessageId.substring(0, 200) : providerMessageId)
			.param("id", job.id())
			.param("tenant", job.tenantId())
			.update();
	}

	/**
	 * Keeps the provider's report of a message of this organisation, unless a later one was kept already.
	 *
	 * @return whether a delivery of the organisation was sent as that message
	 */
	public boolean reported(UUID tenantId, String providerMessageId, String status, Instant at) {
		return jdbc.sql("""
				UPDATE delivery_jobs SET provider_status = :status, provider_status_at = :at
				WHERE tenant_id = :tenant AND provider_message_id = :message
				  AND (provider_status_at IS NULL OR provider_status_at <= :at)""")
			.param("status", status.length() > 40 ? status.substring(0, 40) : status)
			.param("at", at(at))
			.param("tenant", tenantId)
			.param("message", providerMessageId)
			.update() > 0;
	}

	/** Logs the attempt and moves the job on: delivered, failed for good, or waiting until {@code nextAttempt}. */
	void recordAttempt(Job job, int attempt, Outcome outcome, @Nullable String detail, Instant now,
			@Nullable Instant nextAttempt) {
		durable.settle(job.tenantId(), job.id(), attempt, outcome, detail, now, nextAttempt);
		jdbc.sql("""
				INSERT INTO delivery_attempts (id, tenant_id, job_id, attempt, outcome, detail, at)
				VALUES (:id, :tenant, :job, :attempt, :outcome, :detail, :now)""")
			.param("id", UUID.randomUUID())
			.param("tenant", job.tenantId())
			.param("job", job.id())
			.param("attempt", attempt)
			.param("outcome", outcome.name())
			.param("detail", detail)
			.param("now", at(now))
			.update();
	}

	/** One delivery of the organisation, with its attempts. */
	Optional<Delivery> find(UUID tenantId, UUID id) {
		return list(tenantId, "j.id = :key", id).stream().findFirst();
	}

	/** The letter's deliveries, newest first: two queries whatever their number. */
	List<Delivery> ofLetter(UUID tenantId, UUID letterId) {
		return list(tenantId, "j.letter_id = :key", letterId);
	}

	private List<Delivery> list(UUID tenantId, String where, UUID key) {
		Map<UUID, List<Delivery.Attempt>> attempts = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT a.job_id, a.attempt, a.outcome, a.detail, a.at FROM delivery_attempts a
				JOIN delivery_jobs j ON j.id = a.job_id AND j.tenant_id = a.tenant_id
				WHERE a.tenant_id = :tenant AND %s ORDER BY a.attempt""".formatted(where))
			.param("tenant", tenantId)
			.param("key", key)
			.query((ResultSet rs) -> {
				attempts.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
					.add(new Delivery.Attempt(rs.getInt(2), rs.getString(3), rs.getString(4), instant(rs, 5)));
			});
		return jdbc.sql("""
				SELECT j.id, j.letter_id, j.channel, j.recipient, j.status, j.last_error, j.created_at, j.finished_at,
				  j.provider_status
				FROM delivery_jobs j WHERE j.tenant_id = :tenant AND %s ORDER BY j.created_at DESC, j.id DESC LIMIT 200"""
			.formatted(where))
			.param("tenant", tenantId)
			.param("key", key)
			.query((rs, n) -> new Delivery(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
					Channel.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5), rs.getString(6),
					instant(rs, 7), rs.getTimestamp(8) == null ? null : instant(rs, 8),
					List.copyOf(attempts.getOrDefault(rs.getObject(1, UUID.class), List.of())), rs.getString(9)))
			.list();
	}

	private static Instant instant(ResultSet rs, int column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return timestamp.toInstant();
	}

	private static java.time.OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}
}
