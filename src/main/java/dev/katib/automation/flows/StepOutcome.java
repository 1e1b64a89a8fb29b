package dev.katib.automation.flows;

import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** How one step ended: done (and where to go on), waiting for a letter, or failed. */
sealed interface StepOutcome {

	/**
	 * @param output what the step gave, kept with its attempt
	 * @param fields what later steps may read and merge, e.g. {@code letter.id}
	 * @param jump the step to go on at instead of the next one ({@link Step#END} to stop); {@code null} for the next
	 */
	record Done(Map<String, Object> output, Map<String, String> fields, @Nullable String jump) implements StepOutcome {
	}

	/**
	 * @param letterId the letter whose event wakes the execution
	 * @param waitFor {@code DRAFTED}, {@code APPROVED}, {@code SIGNED} or {@code ARCHIVED}
	 */
	record Waiting(UUID letterId, String waitFor, Map<String, Object> output, Map<String, String> fields)
			implements StepOutcome {
	}

	/** @param problem why, as a problem detail */
	record Failed(Map<String, Object> problem) implements StepOutcome {
	}

	static Done done(Map<String, Object> output) {
		return new Done(output, Map.of(), null);
	}

	static Failed failed(String title, String detail) {
		return new Failed(Map.of("title", title, "detail", detail));
	}
}
