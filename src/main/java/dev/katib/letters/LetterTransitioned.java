package dev.katib.letters;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A letter moved from one status to another. Registered by the letter for every transition and published in
 * the transaction of the change.
 *
 * @param tenantId the letter's organisation
 * @param letterId the letter
 * @param transition the move made
 * @param from the status before
 * @param to the status after
 * @param actorId who moved it
 * @param actor their name
 * @param version the version of the letter the move was made on, 0 when it has none
 * @param at when, by the server's clock
 * @param comment why, when the transition carries a comment (a return does)
 */
public record LetterTransitioned(UUID tenantId, UUID letterId, LetterTransition transition, LetterStatus from,
		LetterStatus to, UUID actorId, String actor, int version, Instant at, @Nullable String comment) {
}
