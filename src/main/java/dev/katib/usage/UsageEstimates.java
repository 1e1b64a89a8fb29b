package dev.katib.usage;

import java.util.Collection;
import java.util.UUID;

/** Estimates of what many calls will use, from what a few sample calls did use. */
public interface UsageEstimates {

	/**
	 * What {@code count} letters like the sample letters will take, and whether the organisation's and the member's
	 * quotas of this month cover them.
	 *
	 * @param letterIds the sample letters, whose model calls the ledger holds (pass only letters whose drafting has ended: one
	 *        with no call in the ledger counts as drafted without a model, for no tokens)
	 */
	RunEstimate letters(UUID tenantId, UUID userId, Collection<UUID> letterIds, long count);

	/**
	 * How many of these letters have their model calls in the ledger yet: it records a call just after the call
	 * ends, so an estimate from letters just drafted waits for them.
	 */
	int recorded(UUID tenantId, Collection<UUID> letterIds);
}
