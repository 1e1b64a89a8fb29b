package dev.katib.letters;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * A letter with its current version, as the API and the pages show it.
 *
 * @param id the letter's id
 * @param status where it is in its life, {@code DRAFT} first
 * @param category its category's key
 * @param language {@code ar} or {@code en}
 * @param recipient to whom
 * @param replyTo the letter it replies to
 * @param followsUp the letter it follows up
 * @param writer who asked for it
 * @param createdAt when it was opened
 * @param dates the dates it shows, for today in the organisation's time zone until it is issued
 * @param drafting how the drafting of its first version went
 * @param version its current version; null while the first is being written or when drafting failed
 * @param problem why drafting failed, as a problem detail; null otherwise
 * @param number its number, once issued (at approval or signing, as the organisation decides)
 * @param issuedOn its official date, issued with the number
 * @param verification how to check it is genuine, once it is signed and archived
 */
public record LetterView(UUID id, LetterStatus status, String category, String language, RecipientView recipient,
		@Nullable UUID replyTo, @Nullable UUID followsUp, PersonView writer, Instant createdAt, LetterDates dates,
		DraftingState drafting, @Nullable VersionView version, @Schema(ref = "#/components/schemas/ProblemDetail") @Nullable Map<String, Object> problem,
		@Nullable String number, @Nullable LocalDate issuedOn, @Nullable VerificationView verification) {
}
