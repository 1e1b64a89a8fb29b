package dev.katib.connectors.airtable;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;

import dev.katib.connectors.internal.ConnectorsProperties;
import dev.katib.platform.ratelimit.Quota;
import dev.katib.platform.ratelimit.RateLimiter;

/**
 * Keeps Katib under Airtable's limits (per base and per token) by queueing requests instead of
 * failing them: each request reserves the next free moment of its base and its token, in a bucket
 * every Katib process shares when Redis is configured, and waits for it. A 429 puts the base's
 * bucket into debt for the penalty, so every process waits it out before the next request.
 */
class AirtablePacer {

	private final RateLimiter limiter;
	private final Quota perBase;
	private final Quota perToken;
	private final Duration penalty;
	private final Duration jitter;
	private final Counter penalties;

	AirtablePacer(RateLimiter limiter, ConnectorsProperties.Airtable properties, MeterRegistry meters) {
		this.limiter = limiter;
		// one request per interval, with no burst: Airtable counts per second, so evenly spaced requests never exceed it
		this.perBase = new Quota(1, Duration.ofNanos(1_000_000_000L / properties.requestsPerBase()));
		this.perToken = new Quota(1, Duration.ofNanos(1_000_000_000L / properties.requestsPerToken()));
		this.penalty = properties.penalty();
		this.jitter = properties.penaltyJitter();
		this.penalties = Counter.builder("katib.connectors.rate.limited")
			.description("429 answers from Airtable; each one makes its base wait out the penalty")
			.tag("source", "airtable")
			.register(meters);
	}

	/** Waits for this request's turn with its base (if any) and its token. */
	void await(@Nullable String baseId, String tokenFingerprint) {
		Duration wait = limiter.reserve("airtable:token:" + tokenFingerprint, perToken, 1);
		if (baseId != null) {
			Duration baseWait = limiter.reserve("airtable:base:" + baseId, perBase, 1);
			wait = baseWait.compareTo(wait) > 0 ? baseWait : wait;
		}
		sleep(wait);
	}

	/** Airtable answered 429: the base waits the penalty, with jitter, before anyone's next request. */
	void penalise(@Nullable String baseId, String tokenFingerprint) {
		penalties.increment();
		long extra = jitter.isZero() ? 0 : ThreadLocalRandom.current().nextLong(jitter.toMillis() + 1);
		Duration pause = penalty.plusMillis(extra);
		String key = baseId == null ? "airtable:token:" + tokenFingerprint : "airtable:base:" + baseId;
		Quota quota = baseId == null ? perToken : perBase;
		limiter.reserve(key, quota, Math.max(1, pause.toNanos() / quota.period().toNanos()));
	}

	static void sleep(Duration wait) {
		if (wait.isZero() || wait.isNegative()) {
			return;
		}
		try {
			Thread.sleep(wait);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for Airtable's rate limit", ex);
		}
	}
}
