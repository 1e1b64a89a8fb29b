package dev.katib.connectors.internal;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import dev.katib.platform.KatibException;
import dev.katib.platform.ProblemType;

/**
 * How Katib reaches data sources.
 *
 * @param airtable the Airtable Web API
 * @param baseUrl the address Airtable's webhooks reach Katib at ({@code KATIB_BASE_URL}); webhooks are used
 * only when it is HTTPS
 * @param pollInterval how often tables with a field mapping are checked for records changed outside
 * Katib ({@code KATIB_CONNECTORS_POLL_INTERVAL})
 * @param googleCredentials the instance's Google service-account key file ({@code KATIB_GOOGLE_CREDENTIALS})
 * @param maxImportRows the most rows one import may hold ({@code KATIB_CONNECTORS_MAX_IMPORT_ROWS})
 * @param sheets the Google Sheets API
 */
@ConfigurationProperties("katib.connectors")
@Validated
public record ConnectorsProperties(@Valid @NotNull Airtable airtable, @NotNull URI baseUrl,
		@NotNull Duration pollInterval, @Nullable Path googleCredentials,
		@Min(value = 1, message = "KATIB_CONNECTORS_MAX_IMPORT_ROWS must be at least 1")
		@Max(value = 100_000, message = "KATIB_CONNECTORS_MAX_IMPORT_ROWS must be at most 100000") int maxImportRows,
		@Valid @NotNull Sheets sheets) {

	/** The instance's own Google service-account key ({@code KATIB_GOOGLE_CREDENTIALS}), read from its file. */
	public String instanceGoogleKey() {
		if (googleCredentials == null || googleCredentials.toString().isBlank()) {
			throw new KatibException(ProblemType.VALIDATION_FAILED, "This Katib has no Google credentials of its own "
					+ "(KATIB_GOOGLE_CREDENTIALS): upload the JSON key of your organisation's service account.");
		}
		try {
			return Files.readString(googleCredentials);
		}
		catch (IOException ex) {
			throw new IllegalStateException("KATIB_GOOGLE_CREDENTIALS names a file Katib cannot read", ex);
		}
	}

	/**
	 * The Google Sheets API.
	 *
	 * @param rootUrl its root URL ({@code KATIB_SHEETS_ROOT_URL})
	 * @param requestsPerMinute requests a minute one service account takes ({@code KATIB_SHEETS_REQUESTS_PER_MINUTE});
	 * Google allows 60
	 */
	public record Sheets(@NotNull URI rootUrl,
			@Min(value = 1, message = "KATIB_SHEETS_REQUESTS_PER_MINUTE must be at least 1") int requestsPerMinute) {
	}

	/** Whether Airtable can reach Katib's webhook endpoint: only over HTTPS. */
	public boolean webhooksReachable() {
		return "https".equalsIgnoreCase(baseUrl.getScheme());
	}

	/**
	 * The Airtable Web API and its limits.
	 *
	 * @param apiUrl its base URL ({@code KATIB_AIRTABLE_API_URL})
	 * @param requestsPerBase requests per second one base takes ({@code KATIB_AIRTABLE_REQUESTS_PER_BASE})
	 * @param requestsPerToken requests per second one token takes across bases ({@code KATIB_AIRTABLE_REQUESTS_PER_TOKEN})
	 * @param penalty how long a base is left alone after a 429 ({@code KATIB_AIRTABLE_PENALTY})
	 * @param penaltyJitter up to this much more, at random, so processes do not return at once
	 * @param schemaCache how long bases, tables and fields are kept per credential
	 * @param timeout how long one request may take
	 * @param maxAttempts attempts of a request that fails with a 5xx or a connection error
	 */
	public record Airtable(@NotNull URI apiUrl,
			@Min(value = 1, message = "KATIB_AIRTABLE_REQUESTS_PER_BASE must be at least 1") int requestsPerBase,
			@Min(value = 1, message = "KATIB_AIRTABLE_REQUESTS_PER_TOKEN must be at least 1") int requestsPerToken,
			@NotNull Duration penalty, @NotNull Duration penaltyJitter, @NotNull Duration schemaCache,
			@NotNull Duration timeout, @Min(1) @Max(10) int maxAttempts) {
	}
}
