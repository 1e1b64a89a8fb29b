package dev.katib.usage;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * What a number of calls like some sample calls will take, from the sample's real usage in the ledger, and
 * whether the quotas of this month have room for them.
 *
 * @param count how many calls are estimated
 * @param sampled how many sample letters it is drawn from (the estimate is unknown without any)
 * @param tokensEach the average tokens (input and output) per sampled subject
 * @param tokens the tokens of all {@code count}
 * @param cost their cost from the price table; {@code null} when a sampled model has no price
 * @param currency the currency of the cost
 * @param lettersRemaining the letters the organisation and the member may still draft this month (the smaller),
 *        {@code null} without a limit
 * @param tokensRemaining the same for tokens
 * @param covered whether what remains covers the calls; {@code null} when it cannot be told (tokens unknown
 *        under a token limit)
 */
public record RunEstimate(long count, int sampled, @Nullable Long tokensEach, @Nullable Long tokens,
		@Nullable BigDecimal cost, String currency, @Nullable Long lettersRemaining, @Nullable Long tokensRemaining,
		@Nullable Boolean covered) {
}
