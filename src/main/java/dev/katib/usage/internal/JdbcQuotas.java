package dev.katib.usage.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.katib.accounts.Colleagues;
import dev.katib.platform.Ids;
import dev.katib.usage.QuotaExceededException;
import dev.katib.usage.QuotaExemption;
import dev.katib.usage.QuotaLimits;
import dev.katib.usage.QuotaReservation;
import dev.katib.usage.Quotas;

/**
 * Quotas kept in counters per holder and month. A reservation is one conditional {@code UPDATE} per
 * holder: PostgreSQL locks the counter row and re-checks the limit against the latest value, so
 * concurrent reservations can never exceed it together. The organisation's counter is always taken
 * before the member's, so reservations cannot deadlock.
 */
@Service
class JdbcQuotas implements Quotas {

	private final JdbcClient jdbc;
	private final Colleagues colleagues;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	JdbcQuotas(JdbcClient jdbc, Colleagues colleagues, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.colleagues = colleagues;
		this.events = events;
		this.clock = clock;
	}

	@Override
	@Transactional
	public QuotaReservation reserve(UUID tenantId, UUID userId, int letters, long estimatedTokens) {
		return reserve(tenantId, userId, letters, estimatedTokens, colleagues.timeZone(tenantId));
	}

	@Override
	@Transactional
	public QuotaReservation reserve(UUID tenantId, UUID userId, int letters, long estimatedTokens, ZoneId zone) {
		if (letters < 0 || estimatedTokens < 0) {
			throw new IllegalArgumentException("A reservation cannot be negative");
		}
		QuotaPeriod period = QuotaPeriod.containing(clock.instant(), zone);
		take(tenantId, tenantId, "organisation", period, letters, estimatedTokens);
		take(tenantId, userId, "user", period, letters, estimatedTokens);
		return kept(new QuotaReservation(Ids.newId(clock), tenantId, userId, letters, estimatedTokens,
				period.start()), null);
	}

	@Override
	@Transactional
	public QuotaReservation exempt(UUID tenantId, UUID userId, int letters, long estimatedTokens,
			QuotaExemption exemption) {
		if (letters < 0 || estimatedTokens < 0) {
			throw new IllegalArgumentException("A reservation cannot be negative");
		}
		QuotaPeriod period = QuotaPeriod.containing(clock.instant(), colleagues.timeZone(tenantId));
		QuotaReservation reservation = kept(new QuotaReservation(Ids.newId(clock), tenantId, userId, letters,
				estimatedTokens, period.start()), exemption);
		String actor = colleagues.find(tenantId, userId).map(Colleagues.Colleague::email).orElse(userId.toString());
		events.publishEvent(new QuotaExempted(tenantId, userId, actor, reservation.id(), exemption, letters,
				estimatedTokens, clock.instant()));
		return reservation;
	}

	private QuotaReservation kept(QuotaReservation reservation, @Nullable QuotaExemption exemption) {
		jdbc.sql("""
				INSERT INTO usage_reservation (id, tenant_id, user_id, period_start, letters, tokens_reserved, status,
				  created_at, exempt_purpose, subject_type, subject_id)
				VALUES (:id, :tenant, :user, :period, :letters, :tokens, 'RESERVED', :now, :purpose, :type, :subject)""")
			.param("id", reservation.id())
			.param("tenant", reservation.tenantId())
			.param("user", reservation.userId())
			.param("period", reservation.periodStart())
			.param("letters", reservation.letters())
			.param("tokens", reservation.tokens())
			.param("now", java.sql.Timestamp.from(clock.instant()))
			.param("purpose", exemption == null ? null : exemption.purpose().name(), java.sql.Types.VARCHAR)
			.param("type", exemption == null ? null : exemption.subjectType(), java.sql.Types.VARCHAR)
			.param("subject", exemption == null ? null : exemption.subjectId(), java.sql.Types.VARCHAR)
			.update();
		return reservation;
	}

	@Override
	@Transactional
	public void settle(QuotaReservation reservation, long actualTokens) {
		if (actualTokens < 0) {
			throw new IllegalArgumentException("Used tokens cannot be negative");
		}
		if (finish(reservation, "SETTLED", actualTokens)) {
			adjust(reservation, 0, actualTokens - reservation.tokens());
		}
	}

	@Override
	@Transactional
	public void release(QuotaReservation reservation) {
		if (finish(reservation, "RELEASED", null)) {
			adjust(reservation, -reservation.letters(), -reservation.tokens());
		}
	}

	@Override
	@Transactional
	public void limitOrganisation(UUID tenantId, QuotaLimits limits) {
		limit(tenantId, tenantId, limits);
	}

	@Override
	@Transactional
	public void limitMember(UUID tenantId, UUID userId, QuotaLimits limits) {
		limit(tenantId, userId, limits);
	}

	private void take(UUID tenantId, UUID holderId, String scope, QuotaPeriod period, int letters, long tokens) {
		jdbc.sql("""
				INSERT INTO usage_counter (tenant_id, holder_id, period_start) VALUES (:tenant, :holder, :period)
				ON CONFLICT DO NOTHING""")
			.param("tenant", tenantId)
			.param("holder", holderId)
			.param("period", period.start())
			.update();
		int updated = jdbc.sql("""
				UPDATE usage_counter c
				   SET letters_used = c.letters_used + :letters, tokens_used = c.tokens_used + :tokens
				 WHERE c.tenant_id = :tenant AND c.holder_id = :holder AND c.period_start = :period
				   AND (:letters = 0 OR c.letters_used + :letters <= COALESCE(
				        (SELECT q.letters_limit FROM usage_quota q WHERE q.tenant_id = :tenant AND q.holder_id = :holder),
				        c.letters_used + :letters))
				   AND (:tokens = 0 OR c.tokens_used + :tokens <= COALESCE(
				        (SELECT q.tokens_limit FROM usage_quota q WHERE q.tenant_id = :tenant AND q.holder_id = :holder),
				        c.tokens_used + :tokens))""")
			.param("tenant", tenantId)
			.param("holder", holderId)
			.param("period", period.start())
			.param("letters", letters)
			.param("tokens", tokens)
			.update();
		if (updated == 0) {
			throw exceeded(tenantId, holderId, scope, period, letters);
		}
	}

	/** Says which limit had no room; the transaction rolls back whatever was taken before. */
	private QuotaExceededException exceeded(UUID tenantId, UUID holderId, String scope, QuotaPeriod period,
			int letters) {
		Standing standing = jdbc.sql("""
				SELECT c.letters_used, c.tokens_used, q.letters_limit, q.tokens_limit
				  FROM usage_counter c JOIN usage_quota q ON q.tenant_id = c.tenant_id AND q.holder_id = c.holder_id
				 WHERE c.tenant_id = :tenant AND c.holder_id = :holder AND c.period_start = :period""")
			.param("tenant", tenantId)
			.param("holder", holderId)
			.param("period", period.start())
			.query((row, n) -> new Standing(row.getLong(1), row.getLong(2), (Long) row.getObject(3),
					(Long) row.getObject(4)))
			.single();
		Instant resetsAt = period.resetsAt();
		Duration untilReset = Duration.between(clock.instant(), resetsAt);
		boolean lettersFull = letters > 0 && standing.lettersLimit() != null
				&& standing.lettersUsed() + letters > standing.lettersLimit();
		return lettersFull
				? new QuotaExceededException(scope, "letters", standing.lettersLimit(), standing.lettersUsed(),
						resetsAt, untilReset)
				: new QuotaExceededException(scope, "tokens", standing.tokensLimit(), standing.tokensUsed(), resetsAt,
						untilReset);
	}

	/** Closes the reservation; true when it was open and counted in the quotas (an exempt one never is). */
	private boolean finish(QuotaReservation reservation, String status, @Nullable Long settledTokens) {
		return jdbc.sql("""
				UPDATE usage_reservation SET status = :status, tokens_settled = :settled
				 WHERE id = :id AND tenant_id = :tenant AND status = 'RESERVED'
				RETURNING exempt_purpose IS NULL""")
			.param("status", status)
			.param("settled", settledTokens)
			.param("id", reservation.id())
			.param("tenant", reservation.tenantId())
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

	/**
	 * Adjusts the organisation's counter, then the member's: the order {@link #reserve} takes them in, so that
	 * concurrent drafts (a batch run's) never wait on each other's counters in a cycle.
	 */
	private void adjust(QuotaReservation reservation, long letters, long tokens) {
		for (UUID holder : List.of(reservation.tenantId(), reservation.userId())) {
			jdbc.sql("""
					UPDATE usage_counter
					   SET letters_used = GREATEST(0, letters_used + :letters), tokens_used = GREATEST(0, tokens_used + :tokens)
					 WHERE tenant_id = :tenant AND holder_id = :holder AND period_start = :period""")
				.param("letters", letters)
				.param("tokens", tokens)
				.param("tenant", reservation.tenantId())
				.param("holder", holder)
				.param("period", reservation.periodStart())
				.update();
		}
	}

	private void limit(UUID tenantId, UUID holderId, QuotaLimits limits) {
		jdbc.sql("""
				INSERT INTO usage_quota (tenant_id, holder_id, letters_limit, tokens_limit, updated_at)
				VALUES (:tenant, :holder, :letters, :tokens, :now)
				ON CONFLICT (tenant_id, holder_id)
				DO UPDATE SET letters_limit = :letters, tokens_limit = :tokens, updated_at = :now""")
			.param("tenant", tenantId)
			.param("holder", holderId)
			.param("letters", limits.letters())
			.param("tokens", limits.tokens())
			.param("now", java.sql.Timestamp.from(clock.instant()))
			.update();
	}

	private record Standing(long lettersUsed, long tokensUsed, @Nullable Long lettersLimit,
			@Nullable Long tokensLimit) {
	}
}
