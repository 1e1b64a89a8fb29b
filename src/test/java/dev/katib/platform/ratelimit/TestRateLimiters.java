package dev.katib.platform.ratelimit;

import java.time.Duration;

/** Rate limiters for tests outside this package, which cannot build the package-private ones. */
public final class TestRateLimiters {

	private TestRateLimiters() {
	}

	public static RateLimiter inMemory(ManualTimeMeter time) {
		return new LocalRateLimiter(Duration.ofHours(1), time);
	}
}
