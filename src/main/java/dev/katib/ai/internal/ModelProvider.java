package dev.katib.ai.internal;

import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

import dev.katib.ai.CallOutcome;
import dev.katib.ai.ModelCallException;
import dev.katib.ai.ModelRequest;
import dev.katib.ai.ToolRequest;

/**
 * One way of getting an answer: the offline responders or a model server. Providers deal with
 * transport, retries and refusals; the gateway validates what they return.
 */
public interface ModelProvider {

	/** The provider's name on metrics and events, e.g. {@code openai}. */
	String name();

	/** The model asked when nothing else is known. */
	String model();

	/**
	 * Gets the answer's JSON text.
	 *
	 * @param chunks receives pieces of the answer as they arrive; {@code null} for a plain call
	 * @throws dev.katib.ai.ModelCallException when no answer could be had
	 */
	ProviderAnswer answer(ModelRequest<?> request, @Nullable Consumer<String> chunks);

	/**
	 * Gets the next step of a conversation with tools. Providers without a model to choose tools cannot.
	 *
	 * @param chunks receives pieces of the answer's text as they arrive; {@code null} for a plain call
	 * @throws dev.katib.ai.ModelCallException when no answer could be had
	 */
	default ProviderToolAnswer converse(ToolRequest request, @Nullable Consumer<String> chunks) {
		throw new ModelCallException(CallOutcome.NEEDS_PROVIDER,
				"Answering with tools needs a language model; none is configured (KATIB_AI_PROVIDER).");
	}
}
