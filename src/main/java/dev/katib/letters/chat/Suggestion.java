package dev.katib.letters.chat;

import java.time.Instant;
import java.util.UUID;

/**
 * A preference offered to a writer because an instruction of theirs recurs; nothing is saved until they accept.
 *
 * @param id the suggestion's id
 * @param letterId the letter whose chat offered it
 * @param messageId the answer it came with
 * @param text the preference that would be saved
 * @param status {@code OFFERED}, {@code ACCEPTED} or {@code DISMISSED}
 * @param createdAt when it was offered
 */
public record Suggestion(UUID id, UUID letterId, UUID messageId, String text, String status, Instant createdAt) {

	public static final String OFFERED = "OFFERED";

	public static final String ACCEPTED = "ACCEPTED";

	public static final String DISMISSED = "DISMISSED";
}
