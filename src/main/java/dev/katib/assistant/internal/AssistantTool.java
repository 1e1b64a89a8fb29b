package dev.katib.assistant.internal;

import java.util.function.BiFunction;

import dev.katib.accounts.Caller;
import dev.katib.accounts.Permission;
import dev.katib.ai.StrictSchemas;
import dev.katib.ai.ToolSpec;

/**
 * One tool of the assistant, defined once for the chat and the MCP server.
 *
 * @param name the tool's name, as a model calls it
 * @param description what it does, in English, for the model
 * @param arabicLabel what it does, in Arabic, for the member who sees the call
 * @param arguments the record its arguments are read into; its JSON Schema is generated from it
 * @param permission what the caller needs to call it
 * @param effect whether it only reads, adds, or changes or removes what exists
 * @param action what it does, as the caller
 * @param <A> the type of its arguments
 */
public record AssistantTool<A extends Record>(String name, String description, String arabicLabel, Class<A> arguments,
		Permission permission, Effect effect, BiFunction<Caller, A, Object> action) {

	/** What a call does to the organisation's data. */
	public enum Effect {
		/** Reads only. */
		READS,
		/** Adds something new (records, a letter) and changes nothing that exists. */
		ADDS,
		/** Changes or removes what exists. */
		CHANGES
	}

	public ToolSpec spec() {
		return new ToolSpec(name, description, StrictSchemas.of(arguments));
	}

	/** Whether it changes data, so the member confirms before it runs. */
	public boolean changesData() {
		return effect != Effect.READS;
	}

	/** Runs the tool as the caller, after checking they hold its permission. */
	Object run(Caller caller, A args) {
		return action.apply(permission.require(caller), args);
	}

}
