package dev.katib.letters;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import dev.katib.platform.AuditRecord;
import dev.katib.platform.AuditRecord.Outcome;
import dev.katib.platform.AuditableEvent;

/**
 * A member opened a letter; its first version is being drafted.
 *
 * @param tenantId the letter's organisation
 * @param letterId the letter
 * @param writerId who asked for it
 * @param writer their name
 * @param address where they asked from
 * @param category the letter's category key
 * @param language the letter's language code
 * @param at when, by the server's clock
 * @param drafting what its first version is drafted from
 */
public record LetterOpened(UUID tenantId, UUID letterId, UUID writerId, String writer, @Nullable String address,
		String category, String language, Instant at, DraftingOrder drafting) implements AuditableEvent {

	@Override
	public AuditRecord audit() {
		return new AuditRecord(tenantId, writerId, writer, "letters.created", "letter", letterId.toString(),
				Outcome.SUCCESS, address, at, Map.of("category", category, "language", language));
	}
}
