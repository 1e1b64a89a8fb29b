package dev.katib.archive.register;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How Katib reaches Google Sheets for the letter registers.
 *
 * @param credentials path to the service account's JSON key ({@code KATIB_GOOGLE_CREDENTIALS}); each
 * organisation shares its register sheet with that service account
 * @param rootUrl the Sheets API's base URL; only changed to reach a test double
 */
@ConfigurationProperties("katib.archive.register")
record RegisterProperties(@Nullable Path credentials, @Nullable String rootUrl) {

	boolean configured() {
		return credentials != null && !credentials.toString().isBlank();
	}
}
