package dev.katib.ai.internal.openai;

import java.time.Duration;
import java.util.random.RandomGenerator;

import org.jspecify.annotations.Nullable;

/**
 * When to try a failed call again: exponential backoff with jitter, or the provider's
 * {@code Retry-After} when it gave one and it is not longer than we are willing to wait.
 *
 * @param maxAttempts attempts in all, the first included
 * @param initialBackoff the wait before the first retry
 * @param maxBackoff the longest computed wait
 * @param maxRetryAfter the longest {@code Retry-After} honoured
 */
record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration maxRetryAfter) {

	/**
	 * The wait before the attempt after {@code failedAttempt}, or {@code null} when the call should
	 * not be tried again because the provider asked for a longer wait than we accept.
	 */
	@Nullable Duration waitAfter(int failedAttempt, @Nullable Duration retryAfter, RandomGenerator random) {
		if (retryAfter != null) {
			return retryAfter.compareTo(maxRetryAfter) <= 0 ? retryAfter : null;
		}
		long ceiling = Math.min(maxBackoff.toMillis(),
				initialBackoff.toMillis() * (1L << Math.min(failedAttempt - 1, 20)));
		// "equal jitter": at least half the backoff, so retries spread out but never bunch at zero
		long half = ceiling / 2;
		return Duration.ofMillis(half + random.nextLong(ceiling - half + 1));
	}
}
