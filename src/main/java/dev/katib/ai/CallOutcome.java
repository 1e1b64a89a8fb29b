package dev.katib.ai;

/** How a model call ended. */
public enum CallOutcome {

	/** The model answered with output that matches the schema. */
	SUCCEEDED,
	/** The provider could not be reached, failed, or the circuit breaker is open. */
	UNAVAILABLE,
	/** The provider did not answer in time. */
	TIMED_OUT,
	/** The model declined to answer. */
	REFUSED,
	/** The model answered with something that is not valid JSON or breaks the schema. */
	INVALID_OUTPUT,
	/** The provider rejected the request itself (bad key, unknown model, request too large). */
	REJECTED,
	/** No model provider is configured and no offline responder handles the task. */
	NEEDS_PROVIDER,
	/** The caller stopped taking the streamed answer (its client went away) before it was complete. */
	ABANDONED
}
