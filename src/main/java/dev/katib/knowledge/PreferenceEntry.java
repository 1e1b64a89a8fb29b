package dev.katib.knowledge;

import java.time.Instant;
import java.util.UUID;

/**
 * One of a writer's own preferences, as only that writer sees it.
 *
 * @param id the preference's id
 * @param text the preference ("keep it short")
 * @param createdAt when the writer added it
 */
public record PreferenceEntry(UUID id, String text, Instant createdAt) {
}
