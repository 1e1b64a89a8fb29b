package dev.katib.platform.ratelimit;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.RedisClient;

/**
 * Buckets kept in Redis, shared by every Katib instance that uses the same Redis. Each bucket is
 * updated with a compare-and-swap, and expires once it would be full again.
 */
final class RedisRateLimiter implements RateLimiter {

	static final Duration TIMEOUT = Duration.ofSeconds(2);

	private final ProxyManager<byte[]> buckets;
	private final String prefix;

	RedisRateLimiter(RedisClient redis, String prefix) {
		this.buckets = Bucket4jLettuce.casBasedBuilder(redis)
			.expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10)))
			.requestTimeout(TIMEOUT)
			.build();
		this.prefix = prefix;
	}

	@Override
	public Decision tryConsume(String key, Quota quota) {
		byte[] redisKey = (prefix + key).getBytes(StandardCharsets.UTF_8);
		return Decision.of(buckets.getProxy(redisKey, quota::bucket).tryConsumeAndReturnRemaining(1));
	}

	@Override
	public Duration reserve(String key, Quota quota, long tokens) {
		byte[] redisKey = (prefix + key).getBytes(StandardCharsets.UTF_8);
		return Duration.ofNanos(buckets.getProxy(redisKey, quota::bucket).consumeIgnoringRateLimits(tokens));
	}
}
