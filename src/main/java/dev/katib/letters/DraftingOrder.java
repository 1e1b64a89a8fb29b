package dev.katib.letters;

import org.jspecify.annotations.Nullable;

import dev.katib.letters.drafting.DraftingRequest;
import dev.katib.usage.QuotaReservation;

/**
 * What drafting a letter's first version needs, carried by {@link LetterOpened} so that the drafting survives a
 * restart: the structured request and the quota room taken for it.
 *
 * @param request everything the letter is drafted from
 * @param reservation the room taken in the quotas, settled with the tokens used or released
 * @param replyTo the organisation's letter this one replies to, whose text the model reads
 * @param turn when its model call may run; none for orders stored before turns existed, which run at once
 */
public record DraftingOrder(DraftingRequest request, QuotaReservation reservation, java.util.@Nullable UUID replyTo,
		@Nullable DraftingTurn turn) {
}
