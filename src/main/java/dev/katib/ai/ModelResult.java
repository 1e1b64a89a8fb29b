package dev.katib.ai;

import java.time.Duration;
import java.util.UUID;

/**
 * The structured answer of a model call.
 *
 * @param callId the id of the call, also on its {@link ModelCallCompleted}
 * @param output the answer, read into the requested type and checked against the schema
 * @param json the answer as the model wrote it
 * @param provider {@code offline} or {@code openai}
 * @param model the model that answered
 * @param usage the tokens the provider reported
 * @param latency how long the call took, retries included
 * @param <T> the requested output type
 */
public record ModelResult<T>(UUID callId, T output, String json, String provider, String model, TokenUsage usage,
		Duration latency) {

	/** The offline engine composed this answer: it must be labelled as drafted without AI. */
	public boolean draftedWithoutAi() {
		return OfflineResponder.PROVIDER.equals(provider);
	}
}
