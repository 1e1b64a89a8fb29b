package dev.katib.automation.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

class BatchProgressTests {

	static final Instant START = Instant.parse("2026-12-03T10:00:00Z");

	@Test
	void estimatesTheTimeLeftFromTheRateSoFar() {
		BatchProgress progress = new BatchProgress(Map.of(RowStatus.DRAFTED, 90L, RowStatus.FAILED, 10L,
				RowStatus.WAITING, 300L), START, START.plus(Duration.ofMinutes(2)));

		assertThat(progress.total()).isEqualTo(400);
		assertThat(progress.finished()).isEqualTo(100);
		assertThat(progress.rowsPerMinute()).hasValue(50.0);
		assertThat(progress.timeLeft()).hasValue(Duration.ofMinutes(6));
	}

	@Test
	void promisesNoTimeBeforeTheFirstRowHasFinished() {
		BatchProgress progress = new BatchProgress(Map.of(RowStatus.WAITING, 1000L), START, START.plusSeconds(30));

		assertThat(progress.rowsPerMinute()).isEmpty();
		assertThat(progress.timeLeft()).isEmpty();
	}

	@Test
	void hasNothingLeftWhenEveryRowHasFinished() {
		BatchProgress progress = new BatchProgress(Map.of(RowStatus.SUBMITTED, 5L, RowStatus.SKIPPED, 1L), START,
				START.plusSeconds(30));

		assertThat(progress.timeLeft()).hasValue(Duration.ZERO);
	}
}
