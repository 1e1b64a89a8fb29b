package dev.katib.platform;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * When to try again: exponential backoff from the first pause, capped, with up to a fifth of random
 * jitter so that deliveries failing together do not retry together.
 */
public record RetrySchedule(Duration first, Duration max) {

	/** The pause after this many failed attempts, jittered by the random generator. */
	public Duration pauseAfter(int failedAttempts, RandomGenerator random) {
		int doublings = Math.min(Math.max(failedAttempts - 1, 0), 30);
		long base = Math.min(first.toMillis() << Math.min(doublings, 20), max.toMillis());
		long jitter = (long) (base * 0.2 * random.nextDouble());
		return Duration.ofMillis(Math.min(base + jitter, max.toMillis()));
	}
}
