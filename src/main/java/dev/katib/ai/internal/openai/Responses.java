package dev.katib.ai.internal.openai;

import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.metadata.ChatResponseMetadata;
import org.springframework.ai.chat.metadata.Usage;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.model.Generation;

import dev.katib.ai.TokenUsage;

/** What a provider's answers say: their text, the tokens they cost, the model that wrote them, a refusal. */
final class Responses {

	private Responses() {
	}

	static TokenUsage usage(ChatResponseMetadata metadata) {
		Usage usage = metadata.getUsage();
		if (usage == null) {
			return TokenUsage.NONE;
		}
		return new TokenUsage(orZero(usage.getPromptTokens()), orZero(usage.getCompletionTokens()));
	}

	/** Why the provider declined to answer, when it did. */
	static @Nullable String refusal(Generation generation) {
		Map<String, Object> metadata = generation.getOutput().getMetadata();
		Object refusal = metadata.get("refusal");
		if (refusal instanceof String text && !text.isBlank()) {
			return text;
		}
		String finish = generation.getMetadata().getFinishReason();
		return "CONTENT_FILTER".equalsIgnoreCase(finish) ? "the provider's content filter stopped the answer" : null;
	}

	static String text(AssistantMessage message) {
		String text = message.getText();
		return text == null ? "" : text;
	}

	private static long orZero(@Nullable Integer value) {
		return value == null ? 0 : value;
	}

	/** A streamed answer joined as its pieces arrive: the text passed on to the caller, the usage, the model. */
	static final class Streamed {

		final StringBuilder text = new StringBuilder();
		TokenUsage usage = TokenUsage.NONE;
		String model;

		Streamed(String model) {
			this.model = model;
		}

		/** Takes one streamed response; each generation is also handed to {@code each}. */
		void take(ChatResponse response, Consumer<String> chunks, AtomicBoolean answered, Consumer<Generation> each) {
			for (Generation generation : response.getResults()) {
				String piece = generation.getOutput().getText();
				if (piece != null && !piece.isEmpty()) {
					answered.set(true);
					text.append(piece);
					chunks.accept(piece);
				}
				each.accept(generation);
			}
			TokenUsage reported = usage(response.getMetadata());
			if (reported.total() > 0) {
				usage = reported;
			}
			String named = response.getMetadata().getModel();
			if (named != null && !named.isBlank()) {
				model = named;
			}
		}
	}
}
