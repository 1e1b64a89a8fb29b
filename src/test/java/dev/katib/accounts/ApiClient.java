package dev.katib.accounts;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small JSON client for the accounts API tests: raw statuses, headers and bodies, nothing hidden. */
final class ApiClient {

	static final JsonMapper JSON_MAPPER = JsonMapper.builder().build();
	private static final JsonMapper JSON = JSON_MAPPER;

	private final HttpClient http = HttpClient.newHttpClient();
	private final String baseUrl;

	ApiClient(String baseUrl) {
		this.baseUrl = baseUrl;
	}

	record Answer(int status, String body, HttpResponse<String> response) {

		JsonNode json() {
			return JSON.readTree(body);
		}

		String text(String field) {
			return json().get(field).asString();
		}
	}

	Answer get(String path, @Nullable String bearer) {
		return send(request(path, bearer).GET());
	}

	Answer post(String path, String json, @Nullable String bearer) {
		return send(request(path, bearer).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	Answer patch(String path, String json, @Nullable String bearer) {
		return send(request(path, bearer).header("Content-Type", "application/json")
			.method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
	}

	Answer delete(String path, @Nullable String bearer) {
		return send(request(path, bearer).DELETE());
	}

	/** Sends with {@code X-Forwarded-For}, as a request from another client address behind a proxy. */
	Answer postFrom(String address, String path, String json) {
		return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
			.header("X-Forwarded-For", address)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	/** The access token of a sign-in, failing the test when it is refused. */
	String bearerFor(String email, String password) {
		Answer answer = post("/api/v1/auth/token", signIn(email, password), null);
		if (answer.status() != 200) {
			throw new AssertionError("sign-in of " + email + " answered " + answer.status() + " " + answer.body());
		}
		return "Bearer " + answer.text("access_token");
	}

	static String signIn(String email, String password) {
		return JSON.writeValueAsString(java.util.Map.of("email", email, "password", password));
	}

	static String json(Object value) {
		return JSON.writeValueAsString(value);
	}

	private HttpRequest.Builder request(String path, @Nullable String bearer) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path));
		if (bearer != null) {
			builder.header("Authorization", bearer);
		}
		return builder;
	}

	private Answer send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Answer(response.statusCode(), response.body(), response);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}
}
