package dev.katib.platform.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.UUID;

import io.lettuce.core.RedisClient;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.katib.support.Services;

/** Marks every instance sees, in the local Redis on 127.0.0.1:6379. */
class RedisMarksTests {

	private static RedisClient redis;
	private static RedisMarks marks;

	private final String run = "test-" + UUID.randomUUID() + ":";

	@BeforeAll
	static void connect() {
		boolean reachable = reachable();
		if (!reachable) {
			Services.requireOrSkipNotice("Redis on 127.0.0.1:6379", "the Redis marks tests are skipped");
		}
		Assumptions.assumeTrue(reachable, "Redis on 127.0.0.1:6379 is not reachable");
		redis = RedisClient.create("redis://127.0.0.1:6379");
		marks = new RedisMarks(redis.connect());
	}

	@AfterAll
	static void disconnect() {
		if (redis != null) {
			marks.close();
			redis.shutdown();
		}
	}

	@Test
	void showsAMarkToEveryConnectionUntilItExpires() {
		marks.mark(run + "revoked-session:a", Duration.ofMinutes(16));

		try (RedisMarks another = new RedisMarks(redis.connect())) {
			assertThat(another.marked(run + "revoked-session:a")).isTrue();
			assertThat(another.marked(run + "revoked-session:b")).isFalse();
		}
		try (var connection = redis.connect()) {
			long ttl = connection.sync().pttl("katib:marks:" + run + "revoked-session:a");
			assertThat(ttl).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(16).toMillis());
		}
	}

	@Test
	void saysMarksAreNotSharedWithoutRedis() {
		assertThat(new RedisMarks(null).shared()).isFalse();
		assertThat(marks.shared()).isTrue();
	}

	private static boolean reachable() {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", 6379), 500);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}
}
