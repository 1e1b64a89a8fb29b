package dev.katib.ai.internal;

import java.util.List;

import dev.katib.ai.DataFence;
import dev.katib.ai.DataPart;

/**
 * Puts data into a prompt so the model can tell it from instructions: each part goes inside a
 * {@code <data>} element that its content cannot close, and the system prompt says that such text
 * is data, never instructions.
 */
public final class PromptFence {

	public static final String RULE = "\n\n" + DataFence.RULE;

	private PromptFence() {
	}

	public static String system(String systemPrompt, List<DataPart> data) {
		return data.isEmpty() ? systemPrompt : systemPrompt + RULE;
	}

	public static String user(List<DataPart> data, String userMessage) {
		StringBuilder prompt = new StringBuilder();
		for (DataPart part : data) {
			prompt.append(DataFence.fenced(part.label(), part.content())).append("\n\n");
		}
		return prompt.append(userMessage).toString();
	}
}
