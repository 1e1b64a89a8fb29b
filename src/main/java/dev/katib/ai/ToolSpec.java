package dev.katib.ai;

/**
 * A tool offered to the model: what it is called, what it does, and the JSON Schema of its arguments.
 *
 * @param name the tool's name, as the model calls it
 * @param description what the tool does, in English, for the model
 * @param parametersSchema the JSON Schema of the tool's arguments (an object schema)
 */
public record ToolSpec(String name, String description, String parametersSchema) {

	public ToolSpec {
		if (!name.matches("[a-zA-Z0-9_-]{1,64}")) {
			throw new IllegalArgumentException("A tool name has 1 to 64 letters, digits, '_' or '-': " + name);
		}
	}
}
