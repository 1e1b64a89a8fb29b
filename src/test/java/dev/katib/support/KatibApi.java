package dev.katib.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Katib's HTTP API as a test outside Katib's JVM uses it: JSON in and out, as a member signed in by password. */
public final class KatibApi {

	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private final String baseUrl;
	private final String bearer;

	private KatibApi(String baseUrl, String bearer) {
		this.baseUrl = baseUrl;
		this.bearer = bearer;
	}

	/** Signs in with an e-mail and password ({@code POST /api/v1/auth/token}). */
	public static KatibApi signIn(String baseUrl, String email, String password) {
		JsonNode tokens = send(baseUrl, null, "POST", "/api/v1/auth/token", Map.of("email", email, "password", password),
				200);
		return new KatibApi(baseUrl, "Bearer " + tokens.path("access_token").asString());
	}

	/** A GET, tried again a few times when the process does not answer at once (it may be busy, or starting). */
	public JsonNode get(String path) {
		for (int attempt = 1;; attempt++) {
			try {
				return send(baseUrl, bearer, "GET", path, null, 200);
			}
			catch (java.io.UncheckedIOException unanswered) {
				if (attempt == 10) {
					throw unanswered;
				}
				try {
					Thread.sleep(500);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					throw unanswered;
				}
			}
		}
	}

	public JsonNode post(String path, Object body, int status) {
		return send(baseUrl, bearer, "POST", path, body, status);
	}

	public JsonNode put(String path, Object body, int status) {
		return send(baseUrl, bearer, "PUT", path, body, status);
	}

	private static JsonNode send(String baseUrl, String bearer, String method, String path, Object body, int status) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
			.timeout(Duration.ofSeconds(60))
			.header("Accept", "application/json")
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		if (bearer != null) {
			request.header("Authorization", bearer);
		}
		try {
			HttpResponse<String> answer = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
			if (answer.statusCode() != status) {
				throw new IllegalStateException(method + " " + path + " answered " + answer.statusCode() + ", not "
						+ status + ": " + answer.body());
			}
			return answer.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(answer.body());
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(method + " " + path + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}
}
