package dev.katib.connectors.sheets;

import java.io.IOException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.concurrent.ThreadLocalRandom;

import com.google.api.client.http.HttpRequest;
import com.google.api.client.http.HttpResponse;
import com.google.api.client.http.HttpUnsuccessfulResponseHandler;
import com.google.api.client.util.Sleeper;

/**
 * What one request does when Google answers 429 or a 5xx: it waits (for {@code Retry-After} when
 * Google names it, else 1, 2, 4 … up to 32 s with jitter, Google's truncated exponential backoff),
 * and is sent again (taking a pacing slot again, as every attempt does). A 429 is waited out for up to {@code maxWait}, so the
 * call is not lost to a busy minute; a 5xx is retried five times. After that the error stands.
 */
final class RateLimitRetries implements HttpUnsuccessfulResponseHandler {

	private static final int MAX_SERVER_ERROR_RETRIES = 5;
	private static final long MAX_BACKOFF_MILLIS = 32_000;

	private final Sleeper sleeper;
	private final long maxWaitMillis;
	private long waitedMillis;
	private int attempts;
	private int serverErrors;

	RateLimitRetries(Sleeper sleeper, Duration maxWait) {
		this.sleeper = sleeper;
		this.maxWaitMillis = maxWait.toMillis();
	}

	@Override
	public boolean handleResponse(HttpRequest request, HttpResponse response, boolean supportsRetry)
			throws IOException {
		int status = response.getStatusCode();
		if (!supportsRetry || (status != 429 && status < 500)) {
			return false;
		}
		if (status >= 500 && ++serverErrors > MAX_SERVER_ERROR_RETRIES) {
			return false;
		}
		long wait = retryAfterMillis(response.getHeaders().getRetryAfter());
		if (wait < 0) {
			wait = Math.min(MAX_BACKOFF_MILLIS, 1000L << Math.min(attempts, 5))
					+ ThreadLocalRandom.current().nextLong(1000);
		}
		if (status == 429 && waitedMillis + wait > maxWaitMillis) {
			return false;
		}
		attempts++;
		waitedMillis += wait;
		try {
			sleeper.sleep(wait);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
		return true;
	}

	/** Retry-After in seconds or as an HTTP date; -1 when absent or unreadable. */
	static long retryAfterMillis(String header) {
		if (header == null || header.isBlank()) {
			return -1;
		}
		try {
			return Math.max(0, Long.parseLong(header.strip()) * 1000);
		}
		catch (NumberFormatException notSeconds) {
			try {
				ZonedDateTime at = ZonedDateTime.parse(header.strip(), DateTimeFormatter.RFC_1123_DATE_TIME);
				return Math.max(0, Duration.between(ZonedDateTime.now(at.getZone()), at).toMillis());
			}
			catch (DateTimeParseException notDate) {
				return -1;
			}
		}
	}
}
