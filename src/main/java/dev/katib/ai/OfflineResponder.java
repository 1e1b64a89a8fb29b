package dev.katib.ai;

/**
 * Answers a task without a language model, deterministically, so Katib works with no provider
 * configured. Modules register their responders as beans; the offline provider asks each in turn.
 * <p>
 * A responder must return an instance of the request's output type that satisfies its schema.
 */
public interface OfflineResponder {

	/** The provider name results composed by responders carry. */
	String PROVIDER = "offline";

	/** Whether this responder can answer requests of the given task. */
	boolean supports(String task);

	/** Composes the answer from the request alone. */
	<T> T respond(ModelRequest<T> request);
}
