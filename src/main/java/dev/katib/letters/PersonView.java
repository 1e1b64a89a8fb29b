package dev.katib.letters;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A member who wrote a letter or one of its versions.
 *
 * @param id the member's id
 * @param name their name as it was when they last wrote; null when Katib never saw it
 */
public record PersonView(UUID id, @Nullable String name) {
}
