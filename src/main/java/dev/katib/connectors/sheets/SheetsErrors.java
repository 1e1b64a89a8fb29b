package dev.katib.connectors.sheets;

import java.io.IOException;
import java.time.Duration;

import com.google.api.client.googleapis.json.GoogleJsonError;
import com.google.api.client.googleapis.json.GoogleJsonResponseException;

/** Turns what the Google client throws into the {@link SheetsException} the organisation can act on. */
final class SheetsErrors {

	/** Google's token endpoint refused the key: thrown by the request's interceptor, so it is told apart. */
	static final class CredentialRefused extends IOException {

		CredentialRefused(IOException cause) {
			super(cause.getMessage(), cause);
		}
	}

	private final String serviceAccountEmail;
	private final Duration maxRateLimitWait;

	SheetsErrors(String serviceAccountEmail, Duration maxRateLimitWait) {
		this.serviceAccountEmail = serviceAccountEmail;
		this.maxRateLimitWait = maxRateLimitWait;
	}

	SheetsException of(IOException failure, String spreadsheetId, boolean writing) {
		if (failure instanceof CredentialRefused) {
			return new SheetsException.BadCredential("Google refused the key of " + serviceAccountEmail
					+ " (it may have been deleted or disabled); create a new key and upload it again.", failure);
		}
		if (!(failure instanceof GoogleJsonResponseException response)) {
			return new SheetsException.Unavailable("Google Sheets could not be reached; try again later.", failure);
		}
		String message = message(response);
		return switch (response.getStatusCode()) {
			case 401 -> new SheetsException.BadCredential("Google did not accept the credentials of "
					+ serviceAccountEmail + "; upload the service account's key again.", failure);
			case 403 -> serviceDisabled(message)
					? new SheetsException.BadCredential("The Google Sheets API is not enabled for the project of "
							+ serviceAccountEmail + ": " + message, failure)
					: new SheetsException.NotShared(serviceAccountEmail, writing);
			case 404 -> new SheetsException.NotFound("There is no spreadsheet with the id " + spreadsheetId
					+ ", or it was deleted.");
			case 400 -> message.startsWith("Unable to parse range")
					? new SheetsException.NotFound("The spreadsheet has no such sheet or range (" + message + ").")
					: new SheetsException.InvalidRequest(message);
			case 429 -> new SheetsException.RateLimited(maxRateLimitWait, retryAfter(response));
			default -> response.getStatusCode() >= 500
					? new SheetsException.Unavailable("Google Sheets kept failing (HTTP " + response.getStatusCode()
							+ "); try again later.", failure)
					: new SheetsException.InvalidRequest(message);
		};
	}

	private static String message(GoogleJsonResponseException response) {
		GoogleJsonError details = response.getDetails();
		return details != null && details.getMessage() != null ? details.getMessage() : response.getStatusMessage();
	}

	private static boolean serviceDisabled(String message) {
		return message.contains("has not been used in project") || message.contains("is disabled");
	}

	private static Duration retryAfter(GoogleJsonResponseException response) {
		long millis = RateLimitRetries.retryAfterMillis(response.getHeaders().getRetryAfter());
		return millis < 0 ? Duration.ofMinutes(1) : Duration.ofMillis(millis);
	}
}
