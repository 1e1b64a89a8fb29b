package dev.katib.ai;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * What the model answered in one step of a conversation with tools.
 *
 * @param callId the id of the call, also on its {@link ModelCallCompleted}
 * @param text the text the model wrote, empty when it only called tools
 * @param toolCalls the tools it asked to be called, in its order (several at once when it calls them in parallel)
 * @param provider the provider that answered
 * @param model the model that answered
 * @param usage the tokens the provider reported
 * @param latency how long the call took, retries included
 */
public record ToolAnswer(UUID callId, String text, List<ToolCall> toolCalls, String provider, String model,
		TokenUsage usage, Duration latency) {

	public ToolAnswer {
		toolCalls = List.copyOf(toolCalls);
	}

	/** The model is done: it answered without asking for a tool. */
	public boolean finished() {
		return toolCalls.isEmpty();
	}

	/** This step as a message of the conversation, to send back with the tools' results. */
	public ChatMessage.Assistant asMessage() {
		return new ChatMessage.Assistant(text, toolCalls);
	}
}
