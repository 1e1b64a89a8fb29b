package dev.katib.ai.internal.openai;

import java.time.Duration;
import java.util.random.RandomGenerator;

import io.github.resilience4j.core.functions.Either;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import org.jspecify.annotations.Nullable;

/**
 * When to try a failed call again, as a Resilience4j {@link Retry}: exponential backoff with jitter, or the
 * provider's {@code Retry-After} when it gave one and it is not longer than we are willing to wait.
 *
 * @param maxAttempts attempts in all, the first included
 * @param initialBackoff the wait before the first retry
 * @param maxBackoff the longest computed wait
 * @param maxRetryAfter the longest {@code Retry-After} honoured; a longer one fails the call at once
 */
record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration maxRetryAfter) {

	/**
	 * A failed attempt as the retry sees it: what the provider answered, and whether part of a streamed answer
	 * already reached the caller (a retry would repeat it).
	 */
	static final class FailedAttempt extends RuntimeException {

		private final transient ProviderFailure failure;

		private final boolean answered;

		FailedAttempt(ProviderFailure failure, boolean answered, RuntimeException cause) {
			super(failure.description(), cause, false, false);
			this.failure = failure;
			this.answered = answered;
		}
	}

	/** The retry of one provider; its waits are handed back to the caller, who pauses (testably) itself. */
	Retry retry(String name, RandomGenerator random) {
		return Retry.of(name, RetryConfig.custom()
			.maxAttempts(maxAttempts)
			.retryOnException(thrown -> thrown instanceof FailedAttempt attempt && retries(attempt))
			.intervalBiFunction((Integer attempt, Either<Throwable, Object> outcome) -> outcome.isLeft()
					&& outcome.getLeft() instanceof FailedAttempt failed
					&& failed.failure.retryAfter() != null ? failed.failure.retryAfter().toMillis()
							: backoff(attempt, random).toMillis())
			.build());
	}

	private boolean retries(FailedAttempt attempt) {
		@Nullable Duration retryAfter = attempt.failure.retryAfter();
		return attempt.failure.retryable() && !attempt.answered
				&& (retryAfter == null || retryAfter.compareTo(maxRetryAfter) <= 0);
	}

	private Duration backoff(int failedAttempt, RandomGenerator random) {
		long ceiling = Math.min(maxBackoff.toMillis(),
				initialBackoff.toMillis() * (1L << Math.min(failedAttempt - 1, 20)));
		// "equal jitter": at least half the backoff, so retries spread out but never bunch at zero
		long half = ceiling / 2;
		return Duration.ofMillis(half + random.nextLong(ceiling - half + 1));
	}
}
