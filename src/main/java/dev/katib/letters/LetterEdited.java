package dev.katib.letters;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import dev.katib.platform.AuditRecord;
import dev.katib.platform.AuditRecord.Outcome;
import dev.katib.platform.AuditableEvent;

/**
 * A member changed a letter's text by hand, or made an earlier version current again.
 *
 * @param tenantId the letter's organisation
 * @param letterId the letter
 * @param version the version the change made
 * @param restored the earlier version restored; null for a change by hand
 * @param actorId who changed it
 * @param actor their name
 * @param address where from
 * @param at when, by the server's clock
 */
public record LetterEdited(UUID tenantId, UUID letterId, int version, @Nullable Integer restored, UUID actorId,
		String actor, @Nullable String address, Instant at) implements AuditableEvent {

	@Override
	public AuditRecord audit() {
		Map<String, String> details = restored == null ? Map.of("version", Integer.toString(version))
				: Map.of("version", Integer.toString(version), "restored", restored.toString());
		return new AuditRecord(tenantId, actorId, actor,
				restored == null ? "letters.edited-by-hand" : "letters.version-restored", "letter",
				letterId.toString(), Outcome.SUCCESS, address, at, details);
	}
}
