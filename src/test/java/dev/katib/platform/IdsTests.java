package dev.katib.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class IdsTests {

	@Test
	void makesVersionSevenIdsThatSortByCreationTime() {
		UUID earlier = Ids.newId(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
		UUID later = Ids.newId(Clock.fixed(Instant.parse("2026-01-01T00:00:01Z"), ZoneOffset.UTC));

		assertThat(earlier.version()).isEqualTo(7);
		assertThat(earlier.variant()).isEqualTo(2);
		assertThat(earlier.toString().compareTo(later.toString())).isNegative();
	}

	@Test
	void neverRepeatsWithinTheSameMillisecond() {
		Clock frozen = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
		var ids = new HashSet<UUID>();
		IntStream.range(0, 10_000).forEach(i -> ids.add(Ids.newId(frozen)));

		assertThat(ids).hasSize(10_000);
	}
}
