package dev.katib.letters;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A letter moved from one status to another (DRAFT, IN_REVIEW, RETURNED, APPROVED, SIGNED, SENT, CANCELLED,
 * ARCHIVED). Published in the transaction of the change, for every transition.
 *
 * @param tenantId the letter's organisation
 * @param letterId the letter
 * @param from the status before
 * @param to the status after
 * @param actorId who moved it
 * @param at when, by the server's clock
 * @param comment why, when the transition carries a comment (a return does)
 */
public record LetterTransitioned(UUID tenantId, UUID letterId, String from, String to, UUID actorId, Instant at,
		@Nullable String comment) {
}
