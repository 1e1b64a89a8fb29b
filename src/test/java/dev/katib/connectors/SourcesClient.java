package dev.katib.connectors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

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
		byte[] answer = client.post().uri(java.net.URI.create(baseUrl + uri))
			.header("Authorization", accounts.bearer(account))
			.contentType(MediaType.APPLICATION_JSON)
			.body(JSON.writeValueAsBytes(body))
			.exchange()
			.expectStatus().isEqualTo(status)
			.expectBody().returnResult().getResponseBody();
		return answer == null || answer.length == 0 ? JSON.createObjectNode() : JSON.readTree(answer);
	}

	/** A POST carrying an {@code Idempotency-Key}. */
	public JsonNode postOnce(TestAccounts.Account account, String uri, String key, Object body, int status) {
		byte[] answer = client.post().uri(java.net.URI.create(baseUrl + uri))
			.header("Authorization", accounts.bearer(account))
			.header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON)
			.body(JSON.writeValueAsBytes(body))
			.exchange()
			.expectStatus().isEqualTo(status)
			.expectBody().returnResult().getResponseBody();
		return JSON.readTree(answer);
	}

	public JsonNode get(TestAccounts.Account account, String uri, int status) {
		byte[] answer = client.get().uri(java.net.URI.create(baseUrl + uri))
			.header("Authorization", accounts.bearer(account))
			.exchange()
			.expectStatus().isEqualTo(status)
			.expectBody().returnResult().getResponseBody();
		return JSON.readTree(answer);
	}

	/** The raw answer of a GET, e.g. a downloaded file. */
	public byte[] bytes(TestAccounts.Account account, String uri, int status) {
		byte[] answer = client.get().uri(java.net.URI.create(baseUrl + uri))
			.header("Authorization", accounts.bearer(account))
			.exchange()
			.expectStatus().isEqualTo(status)
			.expectBody().returnResult().getResponseBody();
		return answer == null ? new byte[0] : answer;
	}

	public JsonNode put(TestAccounts.Account account, String uri, Object body, int status) {
		byte[] answer = client.put().uri(java.net.URI.create(baseUrl + uri))
			.header("Authorization", accounts.bearer(account))
			.contentType(MediaType.APPLICATION_JSON)
			.body(JSON.writeValueAsBytes(body))
			.exchange()
			.expectStatus().isEqualTo(status)
			.expectBody().returnResult().getResponseBody();
		return answer == null || answer.length == 0 ? JSON.createObjectNode() : JSON.readTree(answer);
	}

	public JsonNode patch(TestAccounts.Account account, String uri, Object body, int status) {
		byte[] answer = client.patch().uri(java.net.URI.create(baseUrl + uri))
			.header("Authorization", accounts.bearer(account))
			.contentType(MediaType.APPLICATION_JSON)
			.body(JSON.writeValueAsBytes(body))
			.exchange()
			.expectStatus().isEqualTo(status)
			.expectBody().returnResult().getResponseBody();
		return answer == null || answer.length == 0 ? JSON.createObjectNode() : JSON.readTree(answer);
	}

	public JsonNode delete(TestAccounts.Account account, String uri, int status) {
		byte[] answer = client.delete().uri(java.net.URI.create(baseUrl + uri))
			.header("Authorization", accounts.bearer(account))
			.exchange()
			.expectStatus().isEqualTo(status)
			.expectBody().returnResult().getResponseBody();
		return answer == null || answer.length == 0 ? JSON.createObjectNode() : JSON.readTree(answer);
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
