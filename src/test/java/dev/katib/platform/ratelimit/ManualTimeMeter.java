package dev.katib.platform.ratelimit;

import java.time.Duration;

import io.github.bucket4j.TimeMeter;

/** Time for buckets that moves only when a test moves it. */
public final class ManualTimeMeter implements TimeMeter {

	private volatile long nanos;

	public void advance(Duration duration) {
		nanos += duration.toNanos();
	}

	@Override
	public long currentTimeNanos() {
		return nanos;
	}

	@Override
	public boolean isWallClockBased() {
		return false;
	}
}
