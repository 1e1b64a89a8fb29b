package dev.katib.connectors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.katib.support.TestAccounts;

/** The sources API as a test drives it: connect a source, import rows, wait for the import. */
public final class SourcesClient {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String baseUrl;
	private final RestTestClient client;
	private final TestAccounts accounts;

	public SourcesClient(String baseUrl, TestAccounts accounts) {
		this.baseUrl = baseUrl;
		this.client = RestTestClient.bindToServer().baseUrl(baseUrl).build();
		this.accounts = accounts;
	}

	/** Connects an Airtable source as the account; returns its id. */
	public String connectAirtable(TestAccounts.Account owner, String token) {
		return post(owner, "/api/v1/sources", Map.of("kind", "AIRTABLE", "name", "قاعدة المستفيدين", "token", token), 201)
			.path("id").asString();
	}

	public JsonNode post(TestAccounts.Account account, String uri, Object body, int status) {
		return json(send(HttpMethod.POST, account, uri, Map.of(), body, status));
	}

	/** A POST carrying an {@code Idempotency-Key}. */
	public JsonNode postOnce(TestAccounts.Account account, String uri, String key, Object body, int status) {
		return json(send(HttpMethod.POST, account, uri, Map.of("Idempotency-Key", key), body, status));
	}

	public JsonNode get(TestAccounts.Account account, String uri, int status) {
		return json(send(HttpMethod.GET, account, uri, Map.of(), null, status));
	}

	/** The raw answer of a GET, e.g. a downloaded file. */
	public byte[] bytes(TestAccounts.Account account, String uri, int status) {
		return send(HttpMethod.GET, account, uri, Map.of(), null, status);
	}

	public JsonNode put(TestAccounts.Account account, String uri, Object body, int status) {
		return json(send(HttpMethod.PUT, account, uri, Map.of(), body, status));
	}

	public JsonNode patch(TestAccounts.Account account, String uri, Object body, int status) {
		return json(send(HttpMethod.PATCH, account, uri, Map.of(), body, status));
	}

	public JsonNode delete(TestAccounts.Account account, String uri, int status) {
		return json(send(HttpMethod.DELETE, account, uri, Map.of(), null, status));
	}

	/** Sends the request as the account (with a JSON body when there is one) and checks the answer's status. */
	private byte[] send(HttpMethod method, TestAccounts.Account account, String uri, Map<String, String> headers,
			@Nullable Object body, int status) {
		RestTestClient.RequestBodySpec request = client.method(method).uri(java.net.URI.create(baseUrl + uri))
			.header("Authorization", accounts.bearer(account));
		headers.forEach((name, value) -> request.header(name, value));
		RestTestClient.RequestHeadersSpec<?> ready = body == null ? request
				: request.contentType(MediaType.APPLICATION_JSON).body(JSON.writeValueAsBytes(body));
		byte[] answer = ready.exchange().expectStatus().isEqualTo(status).expectBody().returnResult().getResponseBody();
		return answer == null ? new byte[0] : answer;
	}

	private static JsonNode json(byte[] answer) {
		return answer.length == 0 ? JSON.createObjectNode() : JSON.readTree(answer);
	}

	/** Starts an import and waits until it has ended; returns its last progress. */
	public JsonNode importRows(TestAccounts.Account writer, String tablePath, List<String> header, List<List<Object>> rows,
			List<String> upsertKey) {
		JsonNode started = post(writer, tablePath + "/imports",
				Map.of("header", header, "rows", rows, "upsertKey", upsertKey, "typecast", false), 202);
		return waitFor(writer, started.path("id").asString(), Duration.ofMinutes(3));
	}

	public JsonNode waitFor(TestAccounts.Account account, String importId, Duration atMost) {
		Instant until = Instant.now().plus(atMost);
		while (true) {
			JsonNode progress = get(account, "/api/v1/sources/imports/" + importId, 200);
			String status = progress.path("status").asString();
			if (status.equals("DONE") || status.equals("FAILED")) {
				return progress;
			}
			assertThat(Instant.now()).as("import %s still %s", importId, status).isBefore(until);
			try {
				Thread.sleep(250);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
	}
}
