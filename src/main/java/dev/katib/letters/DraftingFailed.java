package dev.katib.letters;

import java.time.Instant;
import java.util.UUID;

/**
 * No valid first version came of a letter's drafting; the letter says why.
 *
 * @param tenantId the letter's organisation
 * @param letterId the letter
 * @param problem the slug of the problem type, e.g. {@code letter-invalid}
 * @param at when, by the server's clock
 */
public record DraftingFailed(UUID tenantId, UUID letterId, String problem, Instant at) {
}
