package dev.katib.platform.ratelimit;

import java.time.Duration;

import io.lettuce.core.RedisException;
import io.lettuce.core.SetArgs;
import io.lettuce.core.api.StatefulRedisConnection;

import org.jspecify.annotations.Nullable;

import dev.katib.platform.SharedMarks;

/** Marks in the Redis of {@code KATIB_REDIS_URL}, over one shared connection, or none without it. */
final class RedisMarks implements SharedMarks, AutoCloseable {

	private static final String PREFIX = "katib:marks:";

	private final @Nullable StatefulRedisConnection<String, String> connection;

	RedisMarks(@Nullable StatefulRedisConnection<String, String> connection) {
		this.connection = connection;
	}

	@Override
	public boolean shared() {
		return connection != null;
	}

	@Override
	public void mark(String key, Duration ttl) {
		try {
			connection().sync().set(PREFIX + key, "1", SetArgs.Builder.px(Math.max(1, ttl.toMillis())));
		}
		catch (RedisException ex) {
			throw new IllegalStateException("Redis (KATIB_REDIS_URL) could not keep a mark", ex);
		}
	}

	@Override
	public boolean marked(String key) {
		try {
			return connection().sync().exists(PREFIX + key) > 0;
		}
		catch (RedisException ex) {
			throw new IllegalStateException("Redis (KATIB_REDIS_URL) could not be asked for a mark", ex);
		}
	}

	private StatefulRedisConnection<String, String> connection() {
		if (connection == null) {
			throw new IllegalStateException("No Redis is configured (KATIB_REDIS_URL)");
		}
		return connection;
	}

	@Override
	public void close() {
		if (connection != null) {
			connection.close();
		}
	}
}
