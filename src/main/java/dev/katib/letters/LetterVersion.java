package dev.katib.letters;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import dev.katib.letters.content.StructuredLetter;

/**
 * One immutable version of a letter.
 *
 * @param number 1 for the first draft, then one more for each change
 * @param letter the structured content
 * @param authorId who made it (the writer who asked, for a drafted version)
 * @param source how it came to be
 * @param usage the model and tokens, when a model wrote it
 * @param createdAt when, by the server's clock
 */
public record LetterVersion(int number, StructuredLetter letter, UUID authorId, VersionSource source,
		@Nullable ModelUsage usage, Instant createdAt, @Nullable Integer restoredFrom) {

	/** A version that brings back no earlier one. */
	public LetterVersion(int number, StructuredLetter letter, UUID authorId, VersionSource source,
			@Nullable ModelUsage usage, Instant createdAt) {
		this(number, letter, authorId, source, usage, createdAt, null);
	}
}
