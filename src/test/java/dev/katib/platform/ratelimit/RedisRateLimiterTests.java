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

/** The Redis-backed limiter against the local Redis on 127.0.0.1:6379. */
class RedisRateLimiterTests {

	private static RedisClient redis;

	private final Quota twoPerMinute = new Quota(2, Duration.ofMinutes(1));
	private final String run = "katib-test:" + UUID.randomUUID() + ":";

	@BeforeAll
	static void connect() {
		boolean reachable = reachable();
		if (!reachable) {
			Services.requireOrSkipNotice("Redis on 127.0.0.1:6379", "the Redis rate-limiter tests are skipped");
		}
		Assumptions.assumeTrue(reachable, "Redis on 127.0.0.1:6379 is not reachable");
		redis = RedisClient.create("redis://127.0.0.1:6379");
	}

	@AfterAll
	static void disconnect() {
		if (redis != null) {
			redis.shutdown();
		}
	}

	@Test
	void refusesTheRequestOverTheQuotaWithTheWaitUntilTheNextToken() {
		RateLimiter limiter = new RedisRateLimiter(redis, run);
		assertThat(limiter.tryConsume("address:203.0.113.7", twoPerMinute).allowed()).isTrue();
		assertThat(limiter.tryConsume("address:203.0.113.7", twoPerMinute).allowed()).isTrue();

		Decision refused = limiter.tryConsume("address:203.0.113.7", twoPerMinute);

		assertThat(refused.allowed()).isFalse();
		assertThat(refused.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(30));
		assertThat(limiter.tryConsume("address:203.0.113.8", twoPerMinute).allowed()).isTrue();
	}

	@Test
	void instancesSharingARedisShareTheirBuckets() {
		RateLimiter first = new RedisRateLimiter(redis, run);
		RateLimiter second = new RedisRateLimiter(redis, run);

		first.tryConsume("principal:p", twoPerMinute);
		first.tryConsume("principal:p", twoPerMinute);

		assertThat(second.tryConsume("principal:p", twoPerMinute).allowed()).isFalse();
	}

	@Test
	void instancesSharingARedisQueueTheirReservationsInOneLine() {
		Quota fivePerSecond = new Quota(1, Duration.ofMillis(200));
		RateLimiter first = new RedisRateLimiter(redis, run);
		RateLimiter second = new RedisRateLimiter(redis, run);

		first.reserve("airtable:base:app1", fivePerSecond, 50);

		assertThat(second.reserve("airtable:base:app1", fivePerSecond, 1)).isGreaterThan(Duration.ofSeconds(9));
		assertThat(second.reserve("airtable:base:app2", fivePerSecond, 1)).isZero();
	}

	@Test
	void bucketsExpireInRedisOnceTheyWouldBeFullAgain() {
		new RedisRateLimiter(redis, run).tryConsume("address:198.51.100.1", twoPerMinute);

		try (var connection = redis.connect()) {
			long ttl = connection.sync().pttl(run + "address:198.51.100.1");
			assertThat(ttl).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(40).toMillis());
		}
	}

	private static boolean reachable() {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", 6379), 1000);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}
}
