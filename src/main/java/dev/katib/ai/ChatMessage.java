package dev.katib.ai;

import java.util.List;

/** One message of a conversation with tools, after the system prompt. */
public sealed interface ChatMessage {

	/** The characters the message puts into a prompt, for size limits and token estimates. */
	long length();

	/** What the user wrote. */
	record User(String text) implements ChatMessage {

		@Override
		public long length() {
			return text.length();
		}
	}

	/** What the model answered: text, tool calls, or both. */
	record Assistant(String text, List<ToolCall> toolCalls) implements ChatMessage {

		public Assistant {
			toolCalls = List.copyOf(toolCalls);
		}

		@Override
		public long length() {
			return text.length() + toolCalls.stream().mapToLong(call -> call.name().length() + call.arguments().length())
				.sum();
		}
	}

	/**
	 * The result of one tool call, returned to the model. Results built from records or documents are
	 * data: the caller fences them before they become a message.
	 */
	record ToolResult(String callId, String name, String content) implements ChatMessage {

		@Override
		public long length() {
			return content.length();
		}
	}
}
