package dev.katib.automation.batch;

import java.io.Serializable;
import java.math.RoundingMode;

import org.jspecify.annotations.Nullable;

import dev.katib.usage.RunEstimate;

/**
 * A run's estimate as its page shows it after a preview; kept in the session until the page shows it.
 *
 * @param count the records the run would draft
 * @param sampled the preview letters it is drawn from
 * @param tokens the run's tokens, unknown without a sample
 * @param cost the run's cost to two decimals, unknown when a model has no price
 * @param currency the currency of the cost
 * @param covered whether this month's quotas cover the run; {@code null} when it cannot be told
 * @param lettersRemaining letters left this month, {@code null} without a limit
 * @param tokensRemaining tokens left this month, {@code null} without a limit
 */
record EstimateShown(long count, int sampled, @Nullable Long tokens, @Nullable String cost, String currency,
		@Nullable Boolean covered, @Nullable Long lettersRemaining, @Nullable Long tokensRemaining)
		implements Serializable {

	static EstimateShown of(RunEstimate estimate) {
		return new EstimateShown(estimate.count(), estimate.sampled(), estimate.tokens(),
				estimate.cost() == null ? null : estimate.cost().setScale(2, RoundingMode.HALF_UP).toPlainString(),
				estimate.currency(), estimate.covered(), estimate.lettersRemaining(), estimate.tokensRemaining());
	}
}
