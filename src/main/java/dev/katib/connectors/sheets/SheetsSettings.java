package dev.katib.connectors.sheets;

import java.time.Duration;

/**
 * How Katib talks to the Google Sheets API.
 *
 * @param rootUrl the API's root URL, {@code https://sheets.googleapis.com/}; another in tests or behind a gateway
 * @param requestsPerMinute the pace per service account: Google allows 60 requests a minute per user
 * @param rowsPerPage rows asked for in one read; a larger range is read page by page
 * @param rowsPerWrite rows (or updated ranges) sent in one write; each such request is atomic
 * @param maxRateLimitWait how long a call may wait out Google's 429 answers before it fails as rate limited
 */
public record SheetsSettings(String rootUrl, int requestsPerMinute, int rowsPerPage, int rowsPerWrite,
		Duration maxRateLimitWait) {

	public static final String GOOGLE_ROOT_URL = "https://sheets.googleapis.com/";

	/** Google's public endpoint, 60 requests a minute, pages of 5,000 rows, writes of 1,000, ten minutes of 429s. */
	public static final SheetsSettings DEFAULTS = new SheetsSettings(GOOGLE_ROOT_URL, 60, 5_000, 1_000,
			Duration.ofMinutes(10));

	public SheetsSettings {
		if (!rootUrl.endsWith("/")) {
			rootUrl = rootUrl + "/";
		}
		if (requestsPerMinute < 1 || rowsPerPage < 1 || rowsPerWrite < 1 || maxRateLimitWait.isNegative()) {
			throw new IllegalArgumentException("Sheets pacing, page and write sizes are at least 1");
		}
	}
}
