package dev.katib.ai;

import java.util.List;

/**
 * One step of a conversation with tools: the instructions, the conversation so far, and the tools
 * the model may call. The model answers with text, tool calls, or both.
 *
 * @param task what the call is for, e.g. {@code assistant.turn}
 * @param systemPrompt the instructions
 * @param messages the conversation so far, oldest first
 * @param tools the tools offered
 * @param attribution whom the call is made for
 */
public record ToolRequest(String task, String systemPrompt, List<ChatMessage> messages, List<ToolSpec> tools,
		Attribution attribution) {

	public ToolRequest {
		messages = List.copyOf(messages);
		tools = List.copyOf(tools);
		if (task.isBlank()) {
			throw new IllegalArgumentException("A model request needs a task");
		}
		if (messages.isEmpty()) {
			throw new IllegalArgumentException("A conversation with tools needs at least one message");
		}
	}

	/** How many characters the prompt holds, tool schemas included, for the gateway's size limit. */
	public long promptLength() {
		return systemPrompt.length() + messages.stream().mapToLong(ChatMessage::length).sum()
				+ tools.stream().mapToLong(tool -> tool.name().length() + tool.description().length()
						+ tool.parametersSchema().length()).sum();
	}

	/**
	 * The tokens a call with this request may take at most, for a quota reservation: about three characters a
	 * token, and room for the answer.
	 */
	public long estimatedTokens() {
		return (promptLength() + 2) / 3 + ModelRequest.ANSWER_TOKENS;
	}
}
