package dev.katib.ai;

/**
 * A tool the model asked to be called. Its arguments are the model's text: they must be validated
 * against the tool's schema before anything is done with them.
 *
 * @param id the provider's id of the call, repeated on its {@link ChatMessage.ToolResult}
 * @param name the tool's name
 * @param arguments the arguments as the model wrote them, expected to be a JSON object
 */
public record ToolCall(String id, String name, String arguments) {
}
