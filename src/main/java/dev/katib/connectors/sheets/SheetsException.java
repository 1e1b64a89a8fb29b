package dev.katib.connectors.sheets;

import java.time.Duration;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

import dev.katib.platform.KatibException;
import dev.katib.platform.ProblemType;

/**
 * Why a Google Sheets call failed, one subclass per thing the organisation can do something about.
 * Each is answered as a problem detail of its own type; none carries the key or a token.
 */
public abstract sealed class SheetsException extends KatibException {

	public static final ProblemType BAD_CREDENTIAL_TYPE = new ProblemType("sheets-bad-credential",
			HttpStatus.UNPROCESSABLE_CONTENT, "Google service-account key not accepted");
	public static final ProblemType NOT_SHARED_TYPE = new ProblemType("sheets-not-shared",
			HttpStatus.UNPROCESSABLE_CONTENT, "Spreadsheet not shared with Katib");
	public static final ProblemType NOT_FOUND_TYPE = new ProblemType("sheets-not-found", HttpStatus.NOT_FOUND,
			"Spreadsheet or sheet not found");
	public static final ProblemType INVALID_REQUEST_TYPE = new ProblemType("sheets-invalid-request",
			HttpStatus.BAD_REQUEST, "Request refused by Google Sheets");
	public static final ProblemType RATE_LIMITED_TYPE = new ProblemType("sheets-rate-limited",
			HttpStatus.TOO_MANY_REQUESTS, "Google Sheets rate limit");
	public static final ProblemType UNAVAILABLE_TYPE = new ProblemType("sheets-unavailable",
			HttpStatus.SERVICE_UNAVAILABLE, "Google Sheets unavailable");

	private SheetsException(ProblemType type, String detail, Map<String, Object> properties, @Nullable Throwable cause) {
		super(type, detail, properties);
		if (cause != null) {
			initCause(cause);
		}
	}

	/** The key is not a service-account key, or Google's token endpoint refuses it (revoked, deleted). */
	public static final class BadCredential extends SheetsException {

		BadCredential(String detail, @Nullable Throwable cause) {
			super(BAD_CREDENTIAL_TYPE, detail, Map.of(), cause);
		}
	}

	/** The spreadsheet exists but is not shared with the service account (or only for reading, on a write). */
	public static final class NotShared extends SheetsException {

		private final String serviceAccountEmail;

		NotShared(String serviceAccountEmail, boolean writing) {
			super(NOT_SHARED_TYPE, "Share the spreadsheet with " + serviceAccountEmail
					+ (writing ? " as an editor" : "") + " (Share in Google Sheets), then try again.",
					Map.of("serviceAccountEmail", serviceAccountEmail), null);
			this.serviceAccountEmail = serviceAccountEmail;
		}

		/** The address to share the spreadsheet with. */
		public String serviceAccountEmail() {
			return serviceAccountEmail;
		}
	}

	/** No spreadsheet with this id, or no sheet with this title in it. */
	public static final class NotFound extends SheetsException {

		NotFound(String detail) {
			super(NOT_FOUND_TYPE, detail, Map.of(), null);
		}
	}

	/** Google refused the request as invalid (a malformed range, too many cells, …); its reason is kept. */
	public static final class InvalidRequest extends SheetsException {

		InvalidRequest(String googleMessage) {
			super(INVALID_REQUEST_TYPE, "Google Sheets refused the request: " + googleMessage, Map.of(), null);
		}
	}

	/** Google kept answering 429 for longer than Katib waits; the call was not made and can be retried. */
	public static final class RateLimited extends SheetsException {

		private final Duration retryAfter;

		RateLimited(Duration waited, Duration retryAfter) {
			super(RATE_LIMITED_TYPE, "Google Sheets kept asking Katib to slow down for " + waited.toSeconds()
					+ " s; try again in " + Math.max(1, retryAfter.toSeconds()) + " s.", Map.of(), null);
			this.retryAfter = retryAfter;
		}

		@Override
		public Duration retryAfter() {
			return retryAfter;
		}
	}

	/** Google Sheets could not be reached, or kept failing on its side. */
	public static final class Unavailable extends SheetsException {

		Unavailable(String detail, @Nullable Throwable cause) {
			super(UNAVAILABLE_TYPE, detail, Map.of(), cause);
		}
	}
}
