package dev.katib.platform.ratelimit;

import java.time.Duration;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;

/**
 * How many requests one key may make per period: a token bucket that holds {@code requests} tokens
 * and refills them evenly over {@code period}, so a quiet client may burst up to the whole quota.
 *
 * @param requests tokens the bucket holds and refills per period
 * @param period the time in which an empty bucket fills up again
 */
public record Quota(long requests, Duration period) {

	public Quota {
		if (requests < 1 || period.isNegative() || period.isZero()) {
			throw new IllegalArgumentException("A quota needs at least one request per positive period");
		}
	}

	Bandwidth bandwidth() {
		return Bandwidth.builder().capacity(requests).refillGreedy(requests, period).build();
	}

	BucketConfiguration bucket() {
		return BucketConfiguration.builder().addLimit(bandwidth()).build();
	}
}
