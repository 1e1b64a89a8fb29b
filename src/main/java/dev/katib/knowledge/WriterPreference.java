package dev.katib.knowledge;


import java.util.UUID;

import dev.katib.platform.Inputs;

/**
 * A writer's own preference for their letters ("keep it short"); it never reaches another writer's letters.
 *
 * @param writerId the writer it belongs to
 * @param text the preference
 */
public record WriterPreference(UUID writerId, String text) {

	public static final int MAX_LENGTH = 300;

	public WriterPreference {
		text = Inputs.required(text, "preference.text", 1, MAX_LENGTH);
	}
}
