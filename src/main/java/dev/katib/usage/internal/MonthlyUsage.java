package dev.katib.usage.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What an organisation has used this month, as {@code GET /api/v1/usage} shows it.
 *
 * @param periodStart the first day of the month, in the organisation's calendar
 * @param resetsAt when the month's quotas start afresh
 * @param currency the currency of the costs
 * @param totals all model calls of the organisation this month
 * @param exempt the calls among them that count against no quota (batch previews), kept in the ledger by purpose
 * @param byUser the same per member
 * @param byModel the same per provider and model
 * @param organisationQuota the organisation's limits and what remains of them
 * @param userQuotas members' limits and what remains of them
 */
record MonthlyUsage(LocalDate periodStart, Instant resetsAt, String currency, Totals totals, Totals exempt,
		List<UserTotals> byUser,
		List<ModelTotals> byModel, QuotaStanding organisationQuota, List<UserQuota> userQuotas) {

	/** Calls, tokens and cost; the cost leaves out calls to models the price table does not know. */
	record Totals(long calls, long inputTokens, long outputTokens, BigDecimal cost) {
	}

	record UserTotals(@Nullable UUID userId, long calls, long inputTokens, long outputTokens, BigDecimal cost) {
	}

	record ModelTotals(String provider, String model, long calls, long inputTokens, long outputTokens,
			BigDecimal cost) {
	}

	record UserQuota(UUID userId, QuotaStanding quota) {
	}

	/** Limits (none when {@code null}), what was used against them, and what remains. */
	record QuotaStanding(@Nullable Long lettersLimit, long lettersUsed, @Nullable Long lettersRemaining,
			@Nullable Long tokensLimit, long tokensUsed, @Nullable Long tokensRemaining) {

		static QuotaStanding of(@Nullable Long lettersLimit, long lettersUsed, @Nullable Long tokensLimit,
				long tokensUsed) {
			return new QuotaStanding(lettersLimit, lettersUsed,
					lettersLimit == null ? null : Math.max(0, lettersLimit - lettersUsed), tokensLimit, tokensUsed,
					tokensLimit == null ? null : Math.max(0, tokensLimit - tokensUsed));
		}
	}
}
