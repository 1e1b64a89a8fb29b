package dev.katib.platform.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class LocalRateLimiterTests {

	private final ManualTimeMeter time = new ManualTimeMeter();
	private final RateLimiter limiter = new LocalRateLimiter(Duration.ofMinutes(1), time);
	private final Quota threePerMinute = new Quota(3, Duration.ofMinutes(1));

	@Test
	void refusesTheRequestOverTheQuotaAndSaysWhenToComeBack() {
		assertThat(limiter.tryConsume("a", threePerMinute).remaining()).isEqualTo(2);
		limiter.tryConsume("a", threePerMinute);
		assertThat(limiter.tryConsume("a", threePerMinute).remaining()).isZero();

		Decision refused = limiter.tryConsume("a", threePerMinute);

		assertThat(refused.allowed()).isFalse();
		assertThat(refused.retryAfter()).isEqualTo(Duration.ofSeconds(20));
		assertThat(refused.retryAfterSeconds()).isEqualTo(20);
	}

	@Test
	void countsEachKeyOnItsOwn() {
		for (int i = 0; i < 3; i++) {
			limiter.tryConsume("a", threePerMinute);
		}

		assertThat(limiter.tryConsume("a", threePerMinute).allowed()).isFalse();
		assertThat(limiter.tryConsume("b", threePerMinute).allowed()).isTrue();
	}

	@Test
	void refillsOverThePeriod() {
		for (int i = 0; i < 3; i++) {
			limiter.tryConsume("a", threePerMinute);
		}

		time.advance(Duration.ofSeconds(20));

		assertThat(limiter.tryConsume("a", threePerMinute).allowed()).isTrue();
		assertThat(limiter.tryConsume("a", threePerMinute).allowed()).isFalse();
	}

	@Test
	void roundsTheWaitUpToWholeSeconds() {
		assertThat(new Decision(false, 0, Duration.ofMillis(1)).retryAfterSeconds()).isEqualTo(1);
		assertThat(new Decision(false, 0, Duration.ofMillis(2001)).retryAfterSeconds()).isEqualTo(3);
	}

	@Test
	void reservingQueuesCallersOneIntervalApartInsteadOfRefusingThem() {
		Quota fivePerSecond = new Quota(1, Duration.ofMillis(200));

		assertThat(limiter.reserve("base", fivePerSecond, 1)).isZero();
		assertThat(limiter.reserve("base", fivePerSecond, 1)).isEqualTo(Duration.ofMillis(200));
		assertThat(limiter.reserve("base", fivePerSecond, 1)).isEqualTo(Duration.ofMillis(400));

		time.advance(Duration.ofMillis(600));
		assertThat(limiter.reserve("base", fivePerSecond, 1)).isZero();
	}

	@Test
	void aLargeReservationMakesEveryLaterCallerWaitItOut() {
		Quota fivePerSecond = new Quota(1, Duration.ofMillis(200));
		limiter.reserve("base", fivePerSecond, 1);

		limiter.reserve("base", fivePerSecond, 150);

		assertThat(limiter.reserve("base", fivePerSecond, 1)).isEqualTo(Duration.ofMillis(30_200));
	}
}
