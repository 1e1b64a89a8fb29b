package dev.katib.letters.content;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * The JSON form of a letter's parts, as {@link LetterJson} writes and reads it: the schema the API documents
 * for a version's {@code content} and for a hand edit. On an edit, {@code language} and {@code basmala} are
 * the letter's own and are not read.
 */
@Schema(name = "LetterContent", description = "A letter's parts. On a hand edit, language and basmala are the letter's own.")
public record LetterContent(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 500) String subject,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Addressee addressee,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String greeting,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<String> paragraphs,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) ClosingPart closing, @Nullable Signature signature,
		@Schema(description = "ar or en", accessMode = Schema.AccessMode.READ_ONLY) @Nullable String language,
		@Schema(accessMode = Schema.AccessMode.READ_ONLY) @Nullable Boolean basmala) {

	/** Whom the letter is addressed to. */
	public record Addressee(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String honorific,
			@Nullable String jobTitle, @Nullable String name, @Nullable String organisation, @Nullable String prayer) {
	}

	/** The closing formula. */
	public record ClosingPart(
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = { "formal", "wish" }) String style,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String text) {
	}

	/** The signature block; it always comes from the signer Katib knows. */
	public record Signature(@Nullable String jobTitle, @Nullable String name) {
	}
}
