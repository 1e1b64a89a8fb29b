package dev.katib.connectors.airtable;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriUtils;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.katib.connectors.backend.SourceAccess;
import dev.katib.connectors.internal.ConnectorsProperties;

/**
 * Sends requests to the Airtable Web API, each in its turn under the pacing: a 429 makes the base
 * wait the penalty and the request is sent again, never lost; a 5xx or a broken connection is
 * retried with backoff, then reported as the source being unavailable.
 */
class AirtableClient {

	private static final Logger log = LoggerFactory.getLogger(AirtableClient.class);
	private static final int MAX_PENALTIES = 20;

	private final RestClient rest;
	private final AirtablePacer pacer;
	private final JsonMapper json;
	private final String apiUrl;
	private final int maxAttempts;

	AirtableClient(RestClient rest, AirtablePacer pacer, JsonMapper json, ConnectorsProperties.Airtable properties) {
		this.rest = rest;
		this.pacer = pacer;
		this.json = json;
		this.apiUrl = properties.apiUrl().toString().replaceAll("/+$", "");
		this.maxAttempts = properties.maxAttempts();
	}

	/** A path of the API from its segments, each encoded. */
	static String path(String... segments) {
		return java.util.Arrays.stream(segments)
			.map(s -> UriUtils.encodePathSegment(s, StandardCharsets.UTF_8))
			.collect(Collectors.joining("/", "/", ""));
	}

	JsonNode get(SourceAccess source, @Nullable String baseId, String path, List<Map.Entry<String, String>> query) {
		return send(source, baseId, HttpMethod.GET, path, query, null);
	}

	JsonNode send(SourceAccess source, @Nullable String baseId, HttpMethod method, String path,
			List<Map.Entry<String, String>> query, @Nullable Object body) {
		URI uri = URI.create(apiUrl + path + queryString(query));
		byte[] payload = body == null ? null : json.writeValueAsBytes(body);
		int failures = 0;
		int penalties = 0;
		while (true) {
			pacer.await(baseId, source.credentialFingerprint());
			Answer answer;
			try {
				answer = exchange(source, method, uri, payload);
			}
			catch (ResourceAccessException ex) {
				if (++failures >= maxAttempts) {
					throw AirtableFailures.unavailable(source, "it could not be reached.");
				}
				AirtablePacer.sleep(backoff(failures));
				continue;
			}
			if (answer.status() == 429 && ++penalties <= MAX_PENALTIES) {
				log.warn("Airtable asked source {} to slow down (base {}); waiting out the penalty", source.sourceId(),
						baseId);
				pacer.penalise(baseId, source.credentialFingerprint());
				continue;
			}
			if (answer.status() >= 500 && ++failures < maxAttempts) {
				AirtablePacer.sleep(backoff(failures));
				continue;
			}
			if (answer.status() >= 400) {
				throw AirtableFailures.of(source, answer.status(), answer.body());
			}
			return answer.body() == null ? json.createObjectNode() : answer.body();
		}
	}

	private record Answer(int status, @Nullable JsonNode body) {
	}

	private Answer exchange(SourceAccess source, HttpMethod method, URI uri, byte @Nullable [] payload) {
		RestClient.RequestBodySpec request = rest.method(method)
			.uri(uri)
			.header("Authorization", "Bearer " + source.credential())
			.accept(MediaType.APPLICATION_JSON);
		if (payload != null) {
			request.contentType(MediaType.APPLICATION_JSON).body(payload);
		}
		return request.exchange((req, response) -> {
			byte[] bytes = response.getBody().readAllBytes();
			return new Answer(response.getStatusCode().value(), parse(bytes));
		});
	}

	private @Nullable JsonNode parse(byte[] bytes) {
		if (bytes.length == 0) {
			return null;
		}
		try {
			return json.readTree(bytes);
		}
		catch (tools.jackson.core.JacksonException notJson) {
			return null;
		}
	}

	private static Duration backoff(int failures) {
		long millis = Math.min(8_000, 250L << Math.min(failures, 5));
		return Duration.ofMillis(millis + java.util.concurrent.ThreadLocalRandom.current().nextLong(millis / 2 + 1));
	}

	private static String queryString(List<Map.Entry<String, String>> query) {
		if (query.isEmpty()) {
			return "";
		}
		return query.stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&", "?", ""));
	}
}
