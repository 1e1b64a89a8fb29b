package dev.katib.ai;

import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

/**
 * The one way Katib talks to language models: structured generation, optionally streamed. Which
 * provider answers is configuration ({@code KATIB_AI_PROVIDER}); callers cannot tell them apart
 * except by {@link ModelResult#draftedWithoutAi()}.
 * <p>
 * Every call publishes one {@link ModelCallCompleted}. Failures are thrown as
 * {@link ModelCallException}s whose problem types say what went wrong.
 */
public interface ModelGateway {

	/** Asks the model and waits for its whole, validated answer. */
	<T> ModelResult<T> generate(ModelRequest<T> request);

	/**
	 * Asks the model and hands each piece of its answer to {@code chunks} as it arrives (in
	 * order, on the calling thread or the client's), then returns the whole, validated answer.
	 * The chunks concatenated are the answer's JSON text.
	 */
	<T> ModelResult<T> stream(ModelRequest<T> request, Consumer<String> chunks);

	/**
	 * Asks the model for the next step of a conversation with tools: text, tool calls (several at once when
	 * the model calls them in parallel), or both. Text is handed to {@code chunks} as it arrives when
	 * {@code chunks} is given. Retries, the circuit breaker, metrics and the {@link ModelCallCompleted} event
	 * are those of {@link #generate}. Offline, there is no model to choose tools: the call fails with
	 * {@link CallOutcome#NEEDS_PROVIDER}.
	 */
	default ToolAnswer converse(ToolRequest request, @Nullable Consumer<String> chunks) {
		throw new ModelCallException(CallOutcome.NEEDS_PROVIDER,
				"Answering with tools needs a language model; none is configured (KATIB_AI_PROVIDER).");
	}

	/**
	 * Whether answers are composed without a language model, by the offline responders: they come
	 * at once and cost nothing, so a caller may wait for them where it would not wait for a model.
	 */
	default boolean offline() {
		return false;
	}
}
