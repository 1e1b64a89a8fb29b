package dev.katib.letters;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import dev.katib.platform.AuditRecord;
import dev.katib.platform.AuditRecord.Outcome;
import dev.katib.platform.AuditableEvent;

/**
 * A file was attached to a letter, or taken back from it.
 *
 * @param tenantId the letter's organisation
 * @param letterId the letter
 * @param attached true when the file was attached, false when it was removed
 * @param fileId the file in the archive
 * @param filename its name
 * @param sha256 its fingerprint
 * @param actorId who did it
 * @param actor their name
 * @param address where from
 * @param at when, by the server's clock
 */
public record LetterAttachmentChanged(UUID tenantId, UUID letterId, boolean attached, UUID fileId, String filename,
		String sha256, UUID actorId, String actor, @Nullable String address, Instant at) implements AuditableEvent {

	@Override
	public AuditRecord audit() {
		return new AuditRecord(tenantId, actorId, actor,
				attached ? "letters.attachment-added" : "letters.attachment-removed", "letter", letterId.toString(),
				Outcome.SUCCESS, address, at,
				Map.of("file", fileId.toString(), "filename", filename, "sha256", sha256));
	}
}
