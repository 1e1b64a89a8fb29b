package dev.katib.letters.versions;

import io.swagger.v3.oas.annotations.media.Schema;
import dev.katib.letters.content.LetterContentSchema;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.katib.letters.content.LetterJson;
import dev.katib.letters.LetterVersion;
import dev.katib.letters.VersionSource;

/**
 * A version of a letter as the API shows it.
 *
 * @param number its number
 * @param source how it came to be
 * @param author who made it
 * @param model the model that wrote it, when one did
 * @param inputTokens tokens sent to the model
 * @param outputTokens tokens the model wrote
 * @param createdAt when
 * @param draftedWithoutAi whether the offline engine composed it
 * @param content the structured letter
 * @param restoredFrom the earlier version it brought back, when it is a restore
 */
public record VersionView(int number, VersionSource source, Person author, @Nullable String model,
		@Nullable Integer inputTokens, @Nullable Integer outputTokens, Instant createdAt, boolean draftedWithoutAi,
		@Schema(implementation = LetterContentSchema.class) JsonNode content, @Nullable Integer restoredFrom) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * A member, as far as the letter knows them.
	 *
	 * @param id the member's id
	 * @param name their name, when known
	 */
	public record Person(UUID id, @Nullable String name) {
	}

	public static VersionView of(LetterVersion version, @Nullable String authorName) {
		var usage = version.usage();
		return new VersionView(version.number(), version.source(), new Person(version.authorId(), authorName),
				usage == null ? null : usage.model(), usage == null ? null : usage.inputTokens(),
				usage == null ? null : usage.outputTokens(), version.createdAt(),
				version.source() == VersionSource.DRAFTED_WITHOUT_AI, JSON.readTree(LetterJson.write(version.letter())),
				version.restoredFrom());
	}
}
