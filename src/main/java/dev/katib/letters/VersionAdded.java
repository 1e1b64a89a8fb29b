package dev.katib.letters;

import java.time.Instant;
import java.util.UUID;


/**
 * A letter has a new version: its first draft, or a change by hand, by chat or by restoring an earlier one.
 *
 * @param tenantId the letter's organisation
 * @param letterId the letter
 * @param number the new version's number
 * @param source how it came to be
 * @param authorId who made it (for a draft: the writer who asked for it)
 * @param at when, by the server's clock
 */
public record VersionAdded(UUID tenantId, UUID letterId, int number, VersionSource source, UUID authorId,
		Instant at) {
}
