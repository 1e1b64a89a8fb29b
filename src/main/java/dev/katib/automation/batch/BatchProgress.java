package dev.katib.automation.batch;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * How far a run has come: rows per status, the rate since it started and the time left at that rate.
 *
 * @param counts rows per status
 * @param startedAt when the run started drafting
 * @param now the time of this reading
 */
record BatchProgress(Map<RowStatus, Long> counts, Instant startedAt, Instant now) {

	BatchProgress {
		EnumMap<RowStatus, Long> all = new EnumMap<>(RowStatus.class);
		for (RowStatus status : RowStatus.values()) {
			all.put(status, counts.getOrDefault(status, 0L));
		}
		counts = Map.copyOf(all);
	}

	long total() {
		return counts.values().stream().mapToLong(Long::longValue).sum();
	}

	long finished() {
		return counts.entrySet().stream().filter(e -> e.getKey().isFinished()).mapToLong(Map.Entry::getValue).sum();
	}

	/** Finished rows per minute since the start, or empty before the first row has finished. */
	Optional<Double> rowsPerMinute() {
		long elapsedMillis = Duration.between(startedAt, now).toMillis();
		if (finished() == 0 || elapsedMillis <= 0) {
			return Optional.empty();
		}
		return Optional.of(finished() * 60_000.0 / elapsedMillis);
	}

	/** The time the remaining rows take at the rate so far, or empty while there is no rate yet. */
	Optional<Duration> timeLeft() {
		long remaining = total() - finished();
		if (remaining == 0) {
			return Optional.of(Duration.ZERO);
		}
		return rowsPerMinute().map(rate -> Duration.ofMillis(Math.round(remaining / rate * 60_000)));
	}
}
