package dev.katib.ai.internal;

import java.util.List;

import dev.katib.ai.TokenUsage;
import dev.katib.ai.ToolCall;

/**
 * What a provider answered in a conversation with tools.
 *
 * @param text the answer's text, possibly empty
 * @param toolCalls the tools the model asked for
 * @param model the model that answered
 * @param usage the tokens the provider reported
 */
public record ProviderToolAnswer(String text, List<ToolCall> toolCalls, String model, TokenUsage usage) {

	public ProviderToolAnswer {
		toolCalls = List.copyOf(toolCalls);
	}
}
