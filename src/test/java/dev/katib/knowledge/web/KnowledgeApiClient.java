package dev.katib.knowledge.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Sends JSON to the running server as an API client would, with a bearer token or none. */
record KnowledgeApiClient(String baseUrl, HttpClient http) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	KnowledgeApiClient(String baseUrl) {
		this(baseUrl, HttpClient.newHttpClient());
	}

	Response send(String method, String path, @Nullable Object body, @Nullable String bearer) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
			.header("Content-Type", "application/json")
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
		if (bearer != null) {
			request.header("Authorization", bearer);
		}
		try {
			HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.body());
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	record Response(int status, String body) {

		JsonNode json() {
			return JSON.readTree(body);
		}

		String problemType() {
			return json().get("type").asString();
		}
	}
}
