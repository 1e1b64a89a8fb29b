package dev.katib.assistant.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

import dev.katib.ai.ChatMessage;
import dev.katib.ai.ToolCall;

/**
 * A message of a conversation as the API shows it.
 *
 * @param kind {@code USER}, {@code ASSISTANT} or {@code TOOL_RESULT}
 * @param text the question or the answer's text; for a tool result, the result as the model read it (fenced)
 * @param toolCalls the tools an answer called, with their arguments
 * @param tool the tool a result came from
 * @param stopped whether the member stopped this answer: its text is what the model had said by then
 */
record MessageView(String kind, String text, List<ToolCall> toolCalls, @Nullable String tool, boolean stopped) {

	static MessageView of(ChatMessage message, boolean stopped) {
		return switch (message) {
			case ChatMessage.User user -> new MessageView("USER", user.text(), List.of(), null, false);
			case ChatMessage.Assistant answer -> new MessageView("ASSISTANT", answer.text(), answer.toolCalls(), null,
					stopped);
			case ChatMessage.ToolResult result -> new MessageView("TOOL_RESULT", result.content(), List.of(),
					result.name(), false);
		};
	}
}
