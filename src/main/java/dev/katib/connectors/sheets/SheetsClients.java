package dev.katib.connectors.sheets;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;


import com.google.api.client.http.HttpRequestInitializer;
import com.google.api.client.http.HttpTransport;
import com.google.api.client.http.javanet.NetHttpTransport;
import com.google.api.client.json.gson.GsonFactory;
import com.google.api.client.util.Sleeper;
import com.google.api.services.sheets.v4.Sheets;
import com.google.api.services.sheets.v4.SheetsScopes;
import com.google.auth.http.HttpCredentialsAdapter;
import com.google.auth.oauth2.ServiceAccountCredentials;

/**
 * Makes {@link SheetsClient}s from service-account keys. Clients of the same service account share
 * one {@link Pacing}, since Google's per-user quota counts the account, not the client: keep one
 * {@code SheetsClients} per process (e.g. as a bean). Thread-safe.
 */
public final class SheetsClients {

	private static final HttpTransport TRANSPORT = new NetHttpTransport();

	private final SheetsSettings settings;
	private final Sleeper sleeper;
	private final Map<String, Pacing> pacings = new ConcurrentHashMap<>();

	public SheetsClients(SheetsSettings settings) {
		this(settings, Sleeper.DEFAULT);
	}

	SheetsClients(SheetsSettings settings, Sleeper sleeper) {
		this.settings = settings;
		this.sleeper = sleeper;
	}

	/**
	 * A client acting as the service account whose JSON key is given (decrypted by the caller).
	 *
	 * @throws SheetsException.BadCredential when the text is not a service account's JSON key
	 */
	public SheetsClient client(String serviceAccountKeyJson) {
		ServiceAccountCredentials credentials = credentials(serviceAccountKeyJson);
		String email = credentials.getClientEmail();
		return client(credentials, pacings.computeIfAbsent(email, e -> new Pacing(settings.requestsPerMinute())));
	}

	SheetsClient client(String serviceAccountKeyJson, Pacing pacing) {
		return client(credentials(serviceAccountKeyJson), pacing);
	}

	private SheetsClient client(ServiceAccountCredentials credentials, Pacing pacing) {
		Sheets sheets = new Sheets.Builder(TRANSPORT, GsonFactory.getDefaultInstance(), requests(credentials, pacing))
			.setRootUrl(settings.rootUrl())
			.setApplicationName("Katib")
			.build();
		return new SheetsClient(sheets, new SheetsErrors(credentials.getClientEmail(), settings.maxRateLimitWait()),
				settings);
	}

	private HttpRequestInitializer requests(ServiceAccountCredentials credentials, Pacing pacing) {
		HttpCredentialsAdapter authorisation = new HttpCredentialsAdapter(credentials);
		return request -> {
			try {
				// fetches (or reuses) the access token from Google's token endpoint
				authorisation.initialize(request);
			}
			catch (IOException ex) {
				throw new SheetsErrors.CredentialRefused(ex);
			}
			request.setConnectTimeout(10_000);
			request.setReadTimeout(60_000);
			// every attempt, retries included, waits for a pacing slot
			request.setInterceptor(attempt -> pacing.awaitSlot());
			request.setNumberOfRetries(Integer.MAX_VALUE);
			RateLimitRetries retries = new RateLimitRetries(sleeper, settings.maxRateLimitWait());
			request.setUnsuccessfulResponseHandler((attempt, response, supportsRetry) -> authorisation
				.handleResponse(attempt, response, supportsRetry) || retries.handleResponse(attempt, response, supportsRetry));
			request.setIOExceptionHandler(new ConnectionRetries(sleeper));
		};
	}

	private static ServiceAccountCredentials credentials(String keyJson) {
		try {
			var credentials = ServiceAccountCredentials
				.fromStream(new ByteArrayInputStream(keyJson.getBytes(StandardCharsets.UTF_8)), () -> TRANSPORT)
				.createScoped(List.of(SheetsScopes.SPREADSHEETS));
			return (ServiceAccountCredentials) credentials;
		}
		catch (IOException | RuntimeException ex) {
			throw new SheetsException.BadCredential(
					"This is not a Google service account's JSON key (with client_email and private_key); "
							+ "download a new key of the service account and upload it.", null);
		}
	}
}
