package dev.katib.ai;

import org.springframework.http.HttpStatus;

import dev.katib.platform.ProblemType;

/** The problem types model calls fail with. */
public final class AiProblems {

	public static final ProblemType UNAVAILABLE = new ProblemType("ai-unavailable", HttpStatus.SERVICE_UNAVAILABLE,
			"The language model is unavailable");
	public static final ProblemType TIMEOUT = new ProblemType("ai-timeout", HttpStatus.GATEWAY_TIMEOUT,
			"The language model did not answer in time");
	public static final ProblemType REFUSED = new ProblemType("ai-refused", HttpStatus.UNPROCESSABLE_CONTENT,
			"The language model declined to answer");
	public static final ProblemType INVALID_OUTPUT = new ProblemType("ai-invalid-output", HttpStatus.BAD_GATEWAY,
			"The language model answered with invalid output");
	public static final ProblemType REJECTED = new ProblemType("ai-rejected", HttpStatus.BAD_GATEWAY,
			"The language model provider rejected the request");
	public static final ProblemType PROMPT_TOO_LARGE = new ProblemType("ai-prompt-too-large",
			HttpStatus.CONTENT_TOO_LARGE, "The prompt is too large");
	public static final ProblemType NEEDS_PROVIDER = new ProblemType("ai-provider-required",
			HttpStatus.NOT_IMPLEMENTED, "This needs a language model provider");

	private AiProblems() {
	}
}
