package dev.katib.letters;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import dev.katib.knowledge.Gender;

/**
 * The recipient of a letter as it was when the letter was drafted.
 *
 * @param id the directory entry it came from, or null when typed into the letter
 * @param name the person's name
 * @param honorific the honorific's code, e.g. {@code saada}
 * @param jobTitle their position
 * @param gender their gender, when known
 * @param organisation their organisation
 */
public record RecipientView(@Nullable UUID id, @Nullable String name, String honorific, @Nullable String jobTitle,
		@Nullable Gender gender, @Nullable String organisation) {
}
