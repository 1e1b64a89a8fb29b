package dev.katib.ai;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.katib.platform.KatibException;
import dev.katib.platform.ProblemType;

/**
 * A model call that did not produce a valid answer. Its problem type says why; for invalid output
 * {@link #violations()} says what was wrong, so a caller can ask the model to repair its answer.
 */
public class ModelCallException extends KatibException {

	private final CallOutcome outcome;
	private final List<String> violations;
	private final @Nullable Duration retryAfter;

	public ModelCallException(CallOutcome outcome, String detail) {
		this(outcome, detail, List.of(), null);
	}

	public ModelCallException(CallOutcome outcome, String detail, List<String> violations,
			@Nullable Duration retryAfter) {
		super(typeOf(outcome), detail, properties(violations, retryAfter));
		this.outcome = outcome;
		this.violations = List.copyOf(violations);
		this.retryAfter = retryAfter;
	}

	public CallOutcome outcome() {
		return outcome;
	}

	/** What was wrong with the model's answer, when it was invalid. */
	public List<String> violations() {
		return violations;
	}

	/** How long to wait before trying again, when the provider or the circuit breaker said so. */
	@Override
	public @Nullable Duration retryAfter() {
		return retryAfter;
	}

	private static ProblemType typeOf(CallOutcome outcome) {
		return switch (outcome) {
			case UNAVAILABLE, ABANDONED -> AiProblems.UNAVAILABLE;
			case TIMED_OUT -> AiProblems.TIMEOUT;
			case REFUSED -> AiProblems.REFUSED;
			case INVALID_OUTPUT, SUCCEEDED -> AiProblems.INVALID_OUTPUT;
			case REJECTED -> AiProblems.REJECTED;
			case NEEDS_PROVIDER -> AiProblems.NEEDS_PROVIDER;
		};
	}

	private static Map<String, Object> properties(List<String> violations, @Nullable Duration retryAfter) {
		Map<String, Object> properties = new LinkedHashMap<>();
		if (!violations.isEmpty()) {
			properties.put("violations", violations.stream().limit(20).toList());
		}
		if (retryAfter != null) {
			properties.put("retryAfterSeconds", Math.max(1, retryAfter.toSeconds()));
		}
		return properties;
	}
}
