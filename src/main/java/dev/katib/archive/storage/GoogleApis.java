package dev.katib.archive.storage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.google.api.client.http.HttpBackOffIOExceptionHandler;
import com.google.api.client.http.HttpBackOffUnsuccessfulResponseHandler;
import com.google.api.client.http.HttpRequestInitializer;
import com.google.api.client.http.HttpTransport;
import com.google.api.client.http.javanet.NetHttpTransport;
import com.google.api.client.util.ExponentialBackOff;
import com.google.auth.http.HttpCredentialsAdapter;
import com.google.auth.oauth2.GoogleCredentials;

/**
 * What every Google API client of the archive shares: service-account credentials (their
 * {@code token_uri} is honoured, so tests can point it at a local fake), timeouts, and retries with
 * exponential backoff on 429, 5xx and I/O errors.
 */
public final class GoogleApis {

	public static final HttpTransport TRANSPORT = new NetHttpTransport();

	private GoogleApis() {
	}

	public static GoogleCredentials serviceAccount(String keyJson, List<String> scopes) {
		try {
			return GoogleCredentials
				.fromStream(new ByteArrayInputStream(keyJson.getBytes(StandardCharsets.UTF_8)), () -> TRANSPORT)
				.createScoped(scopes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The Google service-account key is not valid JSON of a service account", ex);
		}
	}

	public static HttpRequestInitializer requests(GoogleCredentials credentials, int maxElapsedMillis) {
		HttpCredentialsAdapter authorisation = new HttpCredentialsAdapter(credentials);
		return request -> {
			authorisation.initialize(request);
			request.setConnectTimeout(10_000);
			request.setReadTimeout(30_000);
			ExponentialBackOff backOff = new ExponentialBackOff.Builder().setInitialIntervalMillis(200)
				.setMaxIntervalMillis(5_000)
				.setMaxElapsedTimeMillis(maxElapsedMillis)
				.build();
			HttpBackOffUnsuccessfulResponseHandler retry = new HttpBackOffUnsuccessfulResponseHandler(backOff)
				.setBackOffRequired(response -> response.getStatusCode() == 429 || response.getStatusCode() >= 500);
			request.setUnsuccessfulResponseHandler((req, response, supportsRetry) -> authorisation
				.handleResponse(req, response, supportsRetry) || retry.handleResponse(req, response, supportsRetry));
			request.setIOExceptionHandler(new HttpBackOffIOExceptionHandler(backOff));
		};
	}
}
