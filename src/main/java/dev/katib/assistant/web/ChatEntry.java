package dev.katib.assistant.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import dev.katib.ai.ChatMessage;

/**
 * A message of a conversation as the chat page shows it: a question, or an answer with a card for each tool call it
 * made (the call's result folded into its card).
 *
 * @param user whether the member asked it
 * @param text the question or the answer's text
 * @param cards the answer's tool calls
 * @param stopped whether the member stopped this answer
 */
record ChatEntry(boolean user, String text, List<Card> cards, boolean stopped) {

	/**
	 * A tool call.
	 *
	 * @param tool the tool's name
	 * @param arguments the arguments, as the model wrote them
	 * @param result the result, or none while the call waits for a confirmation
	 */
	record Card(String tool, String arguments, @Nullable String result) {
	}

	static List<ChatEntry> of(List<ChatMessage> messages, Set<Integer> stopped) {
		Map<String, String> results = new HashMap<>();
		messages.forEach(message -> {
			if (message instanceof ChatMessage.ToolResult result) {
				results.put(result.callId(), result.content());
			}
		});
		List<ChatEntry> entries = new ArrayList<>();
		for (int i = 0; i < messages.size(); i++) {
			switch (messages.get(i)) {
				case ChatMessage.User question -> entries.add(new ChatEntry(true, question.text(), List.of(), false));
				case ChatMessage.Assistant answer -> entries.add(new ChatEntry(false, answer.text(), answer.toolCalls()
					.stream().map(call -> new Card(call.name(), call.arguments(), results.get(call.id()))).toList(),
						stopped.contains(i)));
				case ChatMessage.ToolResult result -> {
				}
			}
		}
		return entries;
	}

	/** Whether the conversation's last answer waits for the member to confirm (or decline) its tool calls. */
	static boolean waiting(List<ChatMessage> messages) {
		return !messages.isEmpty() && messages.getLast() instanceof ChatMessage.Assistant answer
				&& !answer.toolCalls().isEmpty();
	}

	/**
	 * The question of the last turn when it ended without an answer (it stopped or failed, or the member stopped it),
	 * to ask again; or none.
	 */
	static @Nullable String unanswered(List<ChatMessage> messages, Set<Integer> stopped) {
		if (messages.isEmpty() || waiting(messages)
				|| messages.getLast() instanceof ChatMessage.Assistant && !stopped.contains(messages.size() - 1)) {
			return null;
		}
		for (ChatMessage message : messages.reversed()) {
			if (message instanceof ChatMessage.User question) {
				return question.text();
			}
		}
		return null;
	}
}
