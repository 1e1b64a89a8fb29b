package dev.katib.platform.ratelimit;

import io.github.bucket4j.TimeMeter;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisURI;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The rate limiter's buckets: in Redis when {@code KATIB_REDIS_URL} is set (start-up fails when that
 * Redis cannot be reached), otherwise in this process.
 */
@Configuration(proxyBeanMethods = false)
class RateLimiterConfiguration {

	private static final Logger log = LoggerFactory.getLogger(RateLimiterConfiguration.class);

	@Bean
	RateLimiter rateLimiter(RateLimitProperties properties, RedisConnection redis) {
		if (redis.client() == null) {
			return new LocalRateLimiter(properties.period(), TimeMeter.SYSTEM_NANOTIME);
		}
		return new RedisRateLimiter(redis.client(), properties.redisPrefix());
	}

	/** Marks every instance sees (revoked sign-ins), in the same Redis as the rate limits. */
	@Bean(destroyMethod = "close")
	dev.katib.platform.SharedMarks sharedMarks(RedisConnection redis) {
		return new RedisMarks(redis.client() == null ? null : redis.client().connect());
	}

	@Bean(destroyMethod = "close")
	RedisConnection rateLimitRedis(RateLimitProperties properties) {
		if (!properties.redis()) {
			log.info("Rate limits are kept in memory: set KATIB_REDIS_URL to share them between instances");
			return new RedisConnection(null);
		}
		RedisURI uri = RedisURI.create(properties.redisUrl());
		uri.setTimeout(RedisRateLimiter.TIMEOUT);
		RedisClient client = RedisClient.create(uri);
		try (var connection = client.connect()) {
			connection.sync().ping();
		}
		catch (RedisException ex) {
			client.shutdown();
			throw new IllegalStateException("Redis at " + uri.getHost() + ":" + uri.getPort()
					+ " (KATIB_REDIS_URL) cannot be reached: " + ex.getMessage(), ex);
		}
		log.info("Rate limits are kept in Redis at {}:{}", uri.getHost(), uri.getPort());
		return new RedisConnection(client);
	}

	/** The Redis client when one is configured, shut down with the application. */
	record RedisConnection(@org.jspecify.annotations.Nullable RedisClient client) implements AutoCloseable {

		@Override
		public void close() {
			if (client != null) {
				client.shutdown();
			}
		}
	}
}
