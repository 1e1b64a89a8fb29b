package dev.katib.platform.ratelimit;

import java.time.Duration;

import io.github.bucket4j.ConsumptionProbe;

/**
 * Whether a request may go ahead under its quota.
 *
 * @param allowed whether it may
 * @param remaining requests the key may still make right now
 * @param retryAfter when refused, how long until the next request would be allowed
 */
public record Decision(boolean allowed, long remaining, Duration retryAfter) {

	static Decision of(ConsumptionProbe probe) {
		return probe.isConsumed() ? new Decision(true, probe.getRemainingTokens(), Duration.ZERO)
				: new Decision(false, 0, Duration.ofNanos(probe.getNanosToWaitForRefill()));
	}

	/** {@link #retryAfter()} in whole seconds, rounded up, as the {@code Retry-After} header wants it. */
	public long retryAfterSeconds() {
		long seconds = retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0);
		return Math.max(1, seconds);
	}
}
