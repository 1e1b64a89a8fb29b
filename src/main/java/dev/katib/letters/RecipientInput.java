package dev.katib.letters;

import org.jspecify.annotations.Nullable;

import dev.katib.knowledge.Gender;

/**
 * A recipient as a writer types it into a new letter; at least one of name, job title and organisation.
 *
 * @param name the person's name
 * @param honorific the honorific's code: {@code royal-highness}, {@code highness}, {@code maali}, {@code saada},
 *     {@code sheikh}, {@code doctor}, {@code engineer}, {@code mister} or {@code messrs}
 * @param jobTitle their position
 * @param gender what the honorific, title and prayer phrase agree with; null when not known
 * @param organisation their organisation, or the body addressed
 */
public record RecipientInput(@Nullable String name, String honorific, @Nullable String jobTitle,
		@Nullable Gender gender, @Nullable String organisation) {
}
