package dev.katib.connectors.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PacingTests {

	@Test
	void spreadsSixtyOneRequestsOverAMinuteInsteadOfRefusingAny() {
		FakeTime time = new FakeTime();
		Pacing pacing = new Pacing(60, time, time);

		for (int request = 0; request < 61; request++) {
			pacing.awaitSlot();
		}

		assertThat(time.elapsedMillis()).isEqualTo(60_000);
	}

	@Test
	void neverLetsASlidingMinuteHoldMoreThanTheQuota() {
		FakeTime time = new FakeTime();
		Pacing pacing = new Pacing(60, time, time);
		long[] sentAt = new long[180];

		for (int request = 0; request < sentAt.length; request++) {
			pacing.awaitSlot();
			sentAt[request] = time.currentTimeNanos();
		}

		for (int first = 0; first + 60 < sentAt.length; first++) {
			assertThat(sentAt[first + 60] - sentAt[first]).isGreaterThanOrEqualTo(60_000_000_000L);
		}
	}
}
