package dev.katib.ai.internal.offline;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import dev.katib.ai.CallOutcome;
import dev.katib.ai.ModelCallException;
import dev.katib.ai.ModelRequest;
import dev.katib.ai.OfflineResponder;
import dev.katib.ai.TokenUsage;
import dev.katib.ai.internal.ModelProvider;
import dev.katib.ai.internal.ProviderAnswer;

/**
 * Answers without a model, through the offline responders other modules register: deterministic,
 * free, and labelled as drafted without AI.
 */
public final class OfflineProvider implements ModelProvider {

	private final Supplier<List<OfflineResponder>> responders;
	private final JsonMapper json;

	public OfflineProvider(Supplier<List<OfflineResponder>> responders, JsonMapper json) {
		this.responders = responders;
		this.json = json;
	}

	@Override
	public String name() {
		return OfflineResponder.PROVIDER;
	}

	@Override
	public String model() {
		return OfflineResponder.PROVIDER;
	}

	@Override
	public ProviderAnswer answer(ModelRequest<?> request, @Nullable Consumer<String> chunks) {
		OfflineResponder responder = responders.get()
			.stream()
			.filter(candidate -> candidate.supports(request.task()))
			.findFirst()
			.orElseThrow(() -> new ModelCallException(CallOutcome.NEEDS_PROVIDER, "'" + request.task()
					+ "' cannot be done without a language model. Set KATIB_AI_PROVIDER=openai with "
					+ "KATIB_AI_BASE_URL, KATIB_AI_API_KEY and KATIB_AI_MODEL."));
		String answer = json.writeValueAsString(responder.respond(request));
		if (chunks != null) {
			chunks.accept(answer);
		}
		return new ProviderAnswer(answer, OfflineResponder.PROVIDER, TokenUsage.NONE, null);
	}
}
