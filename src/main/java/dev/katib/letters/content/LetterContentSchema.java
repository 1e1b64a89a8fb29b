package dev.katib.letters.content;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import org.jspecify.annotations.Nullable;

/**
 * The JSON shape of a letter's content as {@link LetterJson} writes and reads it, named so that the API
 * document can describe the object it carries (a version's {@code content}, a hand edit's body).
 *
 * @param subject the subject line
 * @param addressee to whom it is written
 * @param greeting the greeting after the addressee
 * @param paragraphs the body, paragraph by paragraph
 * @param closing the closing sentence and its style
 * @param signature the signature block
 * @param language {@code ar} or {@code en}, set by the letter's category and language
 * @param basmala whether the letter opens with the basmala
 */
@Schema(name = "LetterContent", description = "A letter's content, part by part.")
public record LetterContentSchema(String subject, Addressee addressee, String greeting, List<String> paragraphs,
		Closing closing, @Nullable Signature signature, @Nullable String language, @Nullable Boolean basmala) {

	/**
	 * @param honorific one of royal-highness, highness, maali, saada, sheikh, doctor, engineer, mister, messrs
	 */
	@Schema(name = "LetterAddressee")
	public record Addressee(@Nullable String honorific, @Nullable String jobTitle, @Nullable String name,
			@Nullable String organisation, @Nullable String prayer) {
	}

	@Schema(name = "LetterClosing")
	public record Closing(@Schema(allowableValues = { "formal", "wish" }) String style, String text) {
	}

	@Schema(name = "LetterSignature")
	public record Signature(@Nullable String jobTitle, @Nullable String name) {
	}
}
