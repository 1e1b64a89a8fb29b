package dev.katib.connectors.sheets;

import java.time.Duration;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BlockingStrategy;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;

/**
 * Keeps one service account under Google's per-user quota by queueing, not failing: each request
 * waits for a slot. Slots come evenly ({@code requestsPerMinute} spread over the minute, no burst),
 * so that no sliding minute ever holds more than the quota.
 */
final class Pacing {

	private final Bucket bucket;
	private final BlockingStrategy waiting;

	Pacing(int requestsPerMinute) {
		this(requestsPerMinute, TimeMeter.SYSTEM_NANOTIME, BlockingStrategy.PARKING);
	}

	Pacing(int requestsPerMinute, TimeMeter time, BlockingStrategy waiting) {
		this.bucket = Bucket.builder()
			.addLimit(Bandwidth.builder().capacity(1).refillGreedy(requestsPerMinute, Duration.ofMinutes(1)).build())
			.withCustomTimePrecision(time)
			.build();
		this.waiting = waiting;
	}

	/** Waits until this account may send its next request. */
	void awaitSlot() {
		try {
			bucket.asBlocking().consume(1, waiting);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new SheetsException.Unavailable("The request to Google Sheets was interrupted while it waited its turn.",
					ex);
		}
	}
}
