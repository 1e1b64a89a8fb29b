package dev.katib.audit;

import java.time.Instant;

import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import dev.katib.platform.AuditRecord.Outcome;

/**
 * Which entries of the audit trail to list or export; every criterion left empty matches all.
 *
 * @param from entries that occurred at or after this instant
 * @param to entries that occurred before this instant
 * @param action entries of exactly this action, e.g. {@code accounts.sign-in}
 * @param actor entries whose actor name contains this text, ignoring case
 * @param outcome entries with this outcome
 * @param targetType entries about objects of this kind
 * @param targetId entries about the object with this id
 */
public record AuditFilter(@Nullable Instant from, @Nullable Instant to, @Nullable @Size(max = 100) String action,
		@Nullable @Size(max = 200) String actor, @Nullable Outcome outcome, @Nullable @Size(max = 100) String targetType,
		@Nullable @Size(max = 200) String targetId) {

	public AuditFilter {
		action = blankToNull(action);
		actor = blankToNull(actor);
		targetType = blankToNull(targetType);
		targetId = blankToNull(targetId);
	}

	/** A filter that matches every entry. */
	public static AuditFilter all() {
		return new AuditFilter(null, null, null, null, null, null, null);
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
