package dev.katib.ai.internal.openai;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.messages.Message;
import org.springframework.ai.chat.messages.SystemMessage;
import org.springframework.ai.chat.messages.ToolResponseMessage;
import org.springframework.ai.chat.messages.UserMessage;
import org.springframework.ai.chat.model.Generation;
import org.springframework.ai.tool.ToolCallback;
import org.springframework.ai.tool.definition.ToolDefinition;

import dev.katib.ai.ChatMessage;
import dev.katib.ai.ToolCall;
import dev.katib.ai.ToolRequest;
import dev.katib.ai.ToolSpec;

/**
 * Translates a conversation with tools to Spring AI's messages and back. Tools are offered by their
 * definitions only: the model's calls come back to Katib, which validates and runs them as the caller, so
 * Spring AI never executes one.
 */
final class OpenAiToolTurns {

	private OpenAiToolTurns() {
	}

	static List<Message> messages(ToolRequest request) {
		List<Message> messages = new ArrayList<>();
		messages.add(new SystemMessage(request.systemPrompt()));
		List<ToolResponseMessage.ToolResponse> results = new ArrayList<>();
		for (ChatMessage message : request.messages()) {
			if (message instanceof ChatMessage.ToolResult result) {
				results.add(new ToolResponseMessage.ToolResponse(result.callId(), result.name(), result.content()));
				continue;
			}
			flush(results, messages);
			switch (message) {
				case ChatMessage.User user -> messages.add(new UserMessage(user.text()));
				case ChatMessage.Assistant assistant -> messages.add(AssistantMessage.builder()
					.content(assistant.text())
					.toolCalls(assistant.toolCalls()
						.stream()
						.map(call -> new AssistantMessage.ToolCall(call.id(), "function", call.name(), call.arguments()))
						.toList())
					.build());
				case ChatMessage.ToolResult result -> throw new IllegalStateException("handled above");
			}
		}
		flush(results, messages);
		return messages;
	}

	/** The results of one step's calls go back together, as one tool message per call. */
	private static void flush(List<ToolResponseMessage.ToolResponse> results, List<Message> messages) {
		if (!results.isEmpty()) {
			messages.add(ToolResponseMessage.builder().responses(List.copyOf(results)).build());
			results.clear();
		}
	}

	static List<ToolCallback> definitions(ToolRequest request) {
		return request.tools().stream().map(OpenAiToolTurns::definition).toList();
	}

	private static ToolCallback definition(ToolSpec tool) {
		ToolDefinition definition = ToolDefinition.builder()
			.name(tool.name())
			.description(tool.description())
			.inputSchema(tool.parametersSchema())
			.build();
		return new ToolCallback() {

			@Override
			public ToolDefinition getToolDefinition() {
				return definition;
			}

			@Override
			public String call(String arguments) {
				throw new IllegalStateException("Katib runs tools itself, as the caller: " + tool.name());
			}
		};
	}

	/** Collects the tool calls of an answer, joining the pieces of a call that a stream sends apart. */
	static final class Calls {

		private final Map<String, ToolCall> byId = new LinkedHashMap<>();
		private String lastId = "";

		void add(Generation generation) {
			for (AssistantMessage.ToolCall call : generation.getOutput().getToolCalls()) {
				String id = call.id() == null || call.id().isEmpty() ? lastId : call.id();
				lastId = id;
				ToolCall known = byId.get(id);
				String name = call.name() == null || call.name().isEmpty() ? (known == null ? "" : known.name())
						: call.name();
				String arguments = (known == null ? "" : known.arguments())
						+ (call.arguments() == null ? "" : call.arguments());
				byId.put(id, new ToolCall(id, name, arguments));
			}
		}

		List<ToolCall> all() {
			return List.copyOf(byId.values());
		}
	}
}
