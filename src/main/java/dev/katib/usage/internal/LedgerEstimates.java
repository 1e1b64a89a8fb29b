package dev.katib.usage.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.katib.accounts.Colleagues;
import dev.katib.usage.RunEstimate;
import dev.katib.usage.UsageEstimates;

/**
 * Estimates from the ledger: the sample letters' real tokens and cost (priced by the price table when they were
 * recorded), averaged per letter and multiplied, against what remains of this month's quotas of the organisation
 * and of the member.
 */
@Service
class LedgerEstimates implements UsageEstimates {

	private final JdbcClient jdbc;
	private final Colleagues colleagues;
	private final UsageProperties settings;
	private final Clock clock;

	LedgerEstimates(JdbcClient jdbc, Colleagues colleagues, UsageProperties settings, Clock clock) {
		this.jdbc = jdbc;
		this.colleagues = colleagues;
		this.settings = settings;
		this.clock = clock;
	}

	private record Sample(String subject, long tokens, @Nullable BigDecimal cost, boolean priced) {
	}

	@Override
	@Transactional(readOnly = true)
	public RunEstimate letters(UUID tenantId, UUID userId, Collection<UUID> letterIds, long count) {
		List<Sample> samples = letterIds.isEmpty() ? List.of() : jdbc.sql("""
				SELECT subject_id, sum(input_tokens + output_tokens), sum(cost), bool_and(cost IS NOT NULL)
				  FROM usage_model_call
				 WHERE tenant_id = :tenant AND subject_type = 'letter' AND subject_id IN (:ids)
				 GROUP BY subject_id ORDER BY subject_id""")
			.param("tenant", tenantId)
			.param("ids", letterIds.stream().map(UUID::toString).toList())
			.query((row, n) -> new Sample(row.getString(1), row.getLong(2), row.getBigDecimal(3), row.getBoolean(4)))
			.list();
		// a letter drafted without a model made no call: it is a sample of no tokens and no cost
		int sampled = letterIds.size();
		Long tokensEach = null;
		Long tokens = null;
		BigDecimal cost = null;
		if (sampled > 0) {
			long sum = samples.stream().mapToLong(Sample::tokens).sum();
			tokensEach = Math.round((double) sum / sampled);
			tokens = Math.round((double) sum * count / sampled);
			if (samples.stream().allMatch(Sample::priced)) {
				cost = samples.stream().map(s -> s.cost() == null ? BigDecimal.ZERO : s.cost())
					.reduce(BigDecimal.ZERO, BigDecimal::add)
					.multiply(BigDecimal.valueOf(count)).divide(BigDecimal.valueOf(sampled), 4, RoundingMode.HALF_UP);
			}
		}
		Standing organisation = standing(tenantId, tenantId);
		Standing member = standing(tenantId, userId);
		Long lettersLeft = smaller(organisation.lettersLeft(), member.lettersLeft());
		Long tokensLeft = smaller(organisation.tokensLeft(), member.tokensLeft());
		Boolean covered = (lettersLeft != null && count > lettersLeft) || (tokensLeft != null && tokens != null
				&& tokens > tokensLeft) ? Boolean.FALSE : tokensLeft != null && tokens == null ? null : Boolean.TRUE;
		return new RunEstimate(count, sampled, tokensEach, tokens, cost, settings.currency(),
				lettersLeft, tokensLeft, covered);
	}

	@Override
	@Transactional(readOnly = true)
	public int recorded(UUID tenantId, Collection<UUID> letterIds) {
		return letterIds.isEmpty() ? 0 : jdbc.sql("""
				SELECT count(DISTINCT subject_id) FROM usage_model_call
				 WHERE tenant_id = :tenant AND subject_type = 'letter' AND subject_id IN (:ids)""")
			.param("tenant", tenantId)
			.param("ids", letterIds.stream().map(UUID::toString).toList())
			.query(Integer.class)
			.single();
	}

	private record Standing(@Nullable Long lettersLeft, @Nullable Long tokensLeft) {
	}

	private Standing standing(UUID tenantId, UUID holderId) {
		QuotaPeriod period = QuotaPeriod.containing(clock.instant(), colleagues.timeZone(tenantId));
		return jdbc.sql("""
				SELECT q.letters_limit - COALESCE(c.letters_used, 0), q.tokens_limit - COALESCE(c.tokens_used, 0)
				  FROM usage_quota q LEFT JOIN usage_counter c ON c.tenant_id = q.tenant_id AND c.holder_id = q.holder_id
				   AND c.period_start = :period
				 WHERE q.tenant_id = :tenant AND q.holder_id = :holder""")
			.param("tenant", tenantId)
			.param("holder", holderId)
			.param("period", period.start())
			.query((row, n) -> new Standing(positive((Long) row.getObject(1)), positive((Long) row.getObject(2))))
			.optional()
			.orElse(new Standing(null, null));
	}

	private static @Nullable Long positive(@Nullable Long left) {
		return left == null ? null : Math.max(0, left);
	}

	private static @Nullable Long smaller(@Nullable Long a, @Nullable Long b) {
		if (a == null) {
			return b;
		}
		return b == null ? a : Long.valueOf(Math.min(a, b));
	}
}
