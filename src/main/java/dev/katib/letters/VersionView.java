package dev.katib.letters;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonRawValue;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import dev.katib.letters.content.LetterContentSchema;
import dev.katib.letters.content.LetterJson;
import dev.katib.letters.content.StructuredLetter;

/**
 * One version of a letter, as pages and the API show it.
 *
 * @param number 1 for the first draft, then one more per change
 * @param source how it came to be
 * @param author who made it
 * @param model the model that wrote it, when one did
 * @param inputTokens tokens sent to the model, when one wrote it
 * @param outputTokens tokens the model wrote
 * @param createdAt when, by the server's clock
 * @param draftedWithoutAi true when the offline engine composed it, which the writer is shown
 * @param letter its structured content; in JSON as {@code content}, the form {@link LetterJson#write} stores
 * @param restoredFrom the earlier version it brought back, when it is a restore
 */
public record VersionView(int number, VersionSource source, PersonView author, @Nullable String model,
		@Nullable Integer inputTokens, @Nullable Integer outputTokens, Instant createdAt, boolean draftedWithoutAi,
		@JsonIgnore StructuredLetter letter, @Nullable Integer restoredFrom) {

	/** A stored version, made by the member named. */
	public static VersionView of(LetterVersion version, @Nullable String authorName) {
		ModelUsage usage = version.usage();
		return new VersionView(version.number(), version.source(), new PersonView(version.authorId(), authorName),
				usage == null ? null : usage.model(), usage == null ? null : usage.inputTokens(),
				usage == null ? null : usage.outputTokens(), version.createdAt(),
				version.source() == VersionSource.DRAFTED_WITHOUT_AI, version.letter(), version.restoredFrom());
	}

	/** The structured content as JSON. */
	@JsonProperty("content")
	@JsonRawValue
	@Schema(implementation = LetterContentSchema.class)
	public String content() {
		return LetterJson.write(letter);
	}
}
