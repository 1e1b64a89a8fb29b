package dev.katib.platform.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class RateLimiterConfigurationTests {

	private final RateLimiterConfiguration configuration = new RateLimiterConfiguration();

	@Test
	void keepsBucketsInMemoryWithoutRedis() {
		var properties = properties("");

		assertThat(configuration.rateLimiter(properties, configuration.rateLimitRedis(properties)))
			.isInstanceOf(LocalRateLimiter.class);
	}

	@Test
	void refusesToStartWhenTheConfiguredRedisCannotBeReached() {
		assertThatThrownBy(() -> configuration.rateLimitRedis(properties("redis://:secret@127.0.0.1:1")))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("KATIB_REDIS_URL")
			.hasMessageNotContaining("secret");
	}

	private static RateLimitProperties properties(String redisUrl) {
		return new RateLimitProperties(true, 10, 10, Duration.ofMinutes(1), redisUrl);
	}
}
