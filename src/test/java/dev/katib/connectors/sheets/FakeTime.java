package dev.katib.connectors.sheets;

import java.util.ArrayList;
import java.util.List;

import com.google.api.client.util.Sleeper;

import io.github.bucket4j.BlockingStrategy;
import io.github.bucket4j.TimeMeter;

/** Time that passes only when the code under test waits: pacing and backoff are checked without sleeping. */
final class FakeTime implements TimeMeter, BlockingStrategy, Sleeper {

	private long nanos;
	final List<Long> sleptMillis = new ArrayList<>();

	@Override
	public long currentTimeNanos() {
		return nanos;
	}

	@Override
	public boolean isWallClockBased() {
		return false;
	}

	@Override
	public void park(long nanosToPark) {
		nanos += nanosToPark;
	}

	@Override
	public void sleep(long millis) {
		sleptMillis.add(millis);
		nanos += millis * 1_000_000;
	}

	long elapsedMillis() {
		return nanos / 1_000_000;
	}
}
