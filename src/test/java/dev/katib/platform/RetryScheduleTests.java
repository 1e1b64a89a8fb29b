package dev.katib.platform;

import java.time.Duration;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RetryScheduleTests {

	private final RetrySchedule schedule = new RetrySchedule(Duration.ofSeconds(30), Duration.ofMinutes(30));

	@Test
	void pausesDoubleAfterEachFailureWithAtMostAFifthOfJitter() {
		Random random = new Random(7);
		for (int failed = 1; failed <= 6; failed++) {
			long base = 30_000L << (failed - 1);
			Duration pause = schedule.pauseAfter(failed, random);
			assertThat(pause.toMillis()).isBetween(Math.min(base, 1_800_000L), Math.min((long) (base * 1.2), 1_800_000L));
		}
	}

	@Test
	void neverPausesLongerThanTheCap() {
		assertThat(schedule.pauseAfter(40, new Random(1))).isEqualTo(Duration.ofMinutes(30));
	}
}
