package dev.katib.ai.internal.openai;

import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import com.openai.core.http.Headers;
import com.openai.errors.OpenAIInvalidDataException;
import com.openai.errors.OpenAIIoException;
import com.openai.errors.OpenAIServiceException;
import org.jspecify.annotations.Nullable;

import dev.katib.ai.CallOutcome;

/**
 * What went wrong with one attempt, read from whatever the client threw: whether it is worth
 * retrying, whether it counts against the provider's health, and how long the provider asked us to
 * wait.
 *
 * @param outcome how the call ends if this is the last attempt
 * @param description a short account for logs and the problem detail, never the provider's body
 * @param retryable whether another attempt may succeed
 * @param retryAfter the wait the provider asked for, if it asked
 */
record ProviderFailure(CallOutcome outcome, String description, boolean retryable, @Nullable Duration retryAfter) {

	/** Failures that say the provider is unwell, as opposed to a problem with our request or its answer. */
	boolean countsAgainstProvider() {
		return outcome == CallOutcome.UNAVAILABLE || outcome == CallOutcome.TIMED_OUT;
	}

	static ProviderFailure of(Throwable thrown, Clock clock) {
		for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
			if (cause instanceof OpenAIServiceException service) {
				return ofStatus(service.statusCode(), service.headers(), clock);
			}
			if (cause instanceof InterruptedIOException) {
				return new ProviderFailure(CallOutcome.TIMED_OUT, "the provider did not answer in time", true, null);
			}
			if (cause instanceof ConnectException) {
				return new ProviderFailure(CallOutcome.UNAVAILABLE, "the provider refused the connection", true, null);
			}
			if (cause instanceof OpenAIInvalidDataException || cause instanceof tools.jackson.core.JacksonException
					|| cause instanceof com.fasterxml.jackson.core.JacksonException) {
				return new ProviderFailure(CallOutcome.INVALID_OUTPUT, "the provider's reply could not be read", false,
						null);
			}
		}
		if (thrown instanceof OpenAIIoException || thrown.getCause() instanceof java.io.IOException) {
			return new ProviderFailure(CallOutcome.UNAVAILABLE, "the provider could not be reached", true, null);
		}
		return new ProviderFailure(CallOutcome.UNAVAILABLE,
				"the call failed (" + thrown.getClass().getSimpleName() + ")", true, null);
	}

	private static ProviderFailure ofStatus(int status, Headers headers, Clock clock) {
		Duration retryAfter = retryAfter(headers, clock);
		String description = "the provider answered HTTP " + status;
		if (status == 429 || status == 408 || status == 409 || status >= 500) {
			CallOutcome outcome = status == 408 || status == 504 ? CallOutcome.TIMED_OUT : CallOutcome.UNAVAILABLE;
			return new ProviderFailure(outcome, description, true, retryAfter);
		}
		return new ProviderFailure(CallOutcome.REJECTED, description, false, null);
	}

	/** {@code retry-after-ms} (OpenAI), else {@code Retry-After} in seconds or as an HTTP date. */
	static @Nullable Duration retryAfter(Headers headers, Clock clock) {
		Optional<String> millis = headers.values("retry-after-ms").stream().findFirst();
		if (millis.isPresent()) {
			try {
				return Duration.ofMillis(Math.max(0, (long) Double.parseDouble(millis.get().trim())));
			}
			catch (NumberFormatException ignored) {
				// fall back to Retry-After
			}
		}
		Optional<String> value = headers.values("retry-after").stream().findFirst();
		if (value.isEmpty()) {
			return null;
		}
		String text = value.get().trim();
		try {
			return Duration.ofSeconds(Math.max(0, Long.parseLong(text)));
		}
		catch (NumberFormatException notSeconds) {
			try {
				ZonedDateTime at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME);
				Duration wait = Duration.between(clock.instant(), at.toInstant());
				return wait.isNegative() ? Duration.ZERO : wait;
			}
			catch (DateTimeParseException notADate) {
				return null;
			}
		}
	}
}
