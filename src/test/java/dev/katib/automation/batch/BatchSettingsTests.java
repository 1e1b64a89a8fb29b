package dev.katib.automation.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class BatchSettingsTests {

	@Test
	void aChunkHoldsWholeRoundsOfTheRowsDraftedAtOnce() {
		assertThat(settings(8, 10).rowsPerChunk()).isEqualTo(16);
		assertThat(settings(4, 10).rowsPerChunk()).isEqualTo(12);
		assertThat(settings(5, 10).rowsPerChunk()).isEqualTo(10);
		assertThat(settings(16, 10).rowsPerChunk()).isEqualTo(16);
	}

	@Test
	void aRunIsNotTakenFromItsProcessBetweenTwoHeartbeats() {
		assertThatThrownBy(() -> new BatchSettings(4, 10, 2, Duration.ofMinutes(10), Duration.ofSeconds(20),
				Duration.ofSeconds(30), Duration.ofSeconds(30)))
			.hasMessageContaining("abandoned-after");
	}

	private static BatchSettings settings(int concurrency, int chunkSize) {
		return new BatchSettings(concurrency, chunkSize, 2, Duration.ofMinutes(10), Duration.ofSeconds(20),
				Duration.ofSeconds(90), Duration.ofSeconds(30));
	}
}
