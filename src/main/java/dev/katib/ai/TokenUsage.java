package dev.katib.ai;

/**
 * How many tokens a model call consumed, as the provider reported them.
 *
 * @param input tokens of the prompt
 * @param output tokens the model wrote
 */
public record TokenUsage(long input, long output) {

	public static final TokenUsage NONE = new TokenUsage(0, 0);

	public TokenUsage {
		if (input < 0 || output < 0) {
			throw new IllegalArgumentException("Token counts cannot be negative");
		}
	}

	public long total() {
		return input + output;
	}
}
