package dev.katib.platform.ratelimit;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;

/**
 * Buckets held in this process. A bucket left alone for a whole period is full again, so it is
 * dropped then; the number of buckets is bounded, so a flood of new keys cannot exhaust memory.
 */
final class LocalRateLimiter implements RateLimiter {

	static final long MAX_KEYS = 100_000;

	private final Cache<String, Bucket> buckets;
	private final TimeMeter time;

	LocalRateLimiter(Duration longestPeriod, TimeMeter time) {
		this.buckets = Caffeine.newBuilder().maximumSize(MAX_KEYS).expireAfterAccess(longestPeriod).build();
		this.time = time;
	}

	@Override
	public Decision tryConsume(String key, Quota quota) {
		Bucket bucket = buckets.get(key, k -> Bucket.builder()
			.addLimit(quota.bandwidth())
			.withCustomTimePrecision(time)
			.build());
		return Decision.of(bucket.tryConsumeAndReturnRemaining(1));
	}

	@Override
	public Duration reserve(String key, Quota quota, long tokens) {
		Bucket bucket = buckets.get(key, k -> Bucket.builder()
			.addLimit(quota.bandwidth())
			.withCustomTimePrecision(time)
			.build());
		return Duration.ofNanos(bucket.consumeIgnoringRateLimits(tokens));
	}
}
