package dev.katib.assistant.internal;

import java.util.function.Consumer;

import dev.katib.ai.ToolCall;

/**
 * What a turn tells as it goes: the answer's text as the model writes it (the {@link Consumer} part), and each tool
 * call as it starts and when its result is back; and the turn asks it whether the member wants it stopped. A plain {@code text -> ...} lambda hears only the text.
 */
@FunctionalInterface
public interface TurnListener extends Consumer<String> {

	/** A tool call the model asked for is about to run. */
	default void started(ToolCall call) {
	}

	/** A tool call ran; {@code result} is what goes back to the model (fenced as data). */
	default void finished(ToolCall call, String result) {
	}

	/**
	 * Whether the member asked to stop the turn. The turn asks between steps and as the model's answer streams, and
	 * stops at once, keeping what the model said so far.
	 */
	default boolean stopRequested() {
		return false;
	}
}
