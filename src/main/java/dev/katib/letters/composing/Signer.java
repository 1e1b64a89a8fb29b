package dev.katib.letters.composing;

import org.jspecify.annotations.Nullable;

import dev.katib.knowledge.Language;
import dev.katib.letters.content.SignatureBlock;

/**
 * Who signs, with their name and job title in each language; a letter prints those of its own language, and the
 * other language's when a profile has only one.
 *
 * @param arabicName the name as written in Arabic
 * @param arabicJobTitle the job title in Arabic, agreeing in gender with the signer
 * @param englishName the name as written in English
 * @param englishJobTitle the job title in English
 */
public record Signer(@Nullable String arabicName, @Nullable String arabicJobTitle, @Nullable String englishName,
		@Nullable String englishJobTitle) {

	/** A signer known by one name and one job title, printed as they are in either language. */
	public static Signer asWritten(@Nullable String jobTitle, @Nullable String name) {
		return new Signer(name, jobTitle, name, jobTitle);
	}

	/** The signature block of a letter in that language. */
	public SignatureBlock in(Language language) {
		boolean arabic = language == Language.ARABIC;
		return new SignatureBlock(either(arabic ? arabicJobTitle : englishJobTitle, arabic ? englishJobTitle : arabicJobTitle),
				either(arabic ? arabicName : englishName, arabic ? englishName : arabicName));
	}

	private static @Nullable String either(@Nullable String preferred, @Nullable String other) {
		if (preferred != null && !preferred.isBlank()) {
			return preferred.strip();
		}
		return other == null || other.isBlank() ? null : other.strip();
	}
}
