package dev.katib.assistant.internal;

import java.util.function.BiFunction;

import dev.katib.ai.StrictSchemas;
import dev.katib.accounts.Caller;
import dev.katib.accounts.Permission;
import dev.katib.ai.ToolSpec;

/**
 * One tool of the assistant, defined once for the chat and the MCP server.
 *
 * @param name the tool's name, as a model calls it
 * @param description what it does, in English, for the model
 * @param arabicLabel what it does, in Arabic, for the member who sees the call
 * @param arguments the record its arguments are read into; its JSON Schema is generated from it
 * @param permission what the caller needs to call it
 * @param changesData whether it changes data, so the member confirms before it runs
 * @param action what it does, as the caller
 * @param <A> the type of its arguments
 */
record AssistantTool<A extends Record>(String name, String description, String arabicLabel, Class<A> arguments,
		Permission permission, boolean changesData, BiFunction<Caller, A, Object> action) {

	ToolSpec spec() {
		return new ToolSpec(name, description, StrictSchemas.of(arguments));
	}

	/** Runs the tool as the caller, after checking they hold its permission. */
	Object run(Caller caller, A args) {
		return action.apply(permission.require(caller), args);
	}

}
