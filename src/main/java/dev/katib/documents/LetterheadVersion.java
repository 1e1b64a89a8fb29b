package dev.katib.documents;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A stored letterhead version with its status.
 *
 * @param letterhead the letterhead as documents are printed on it
 * @param status draft, active or retired
 * @param createdAt when the version was created
 * @param activatedAt when it was activated, if it was
 */
public record LetterheadVersion(Letterhead letterhead, LetterheadStatus status, Instant createdAt,
		@Nullable Instant activatedAt) {
}
