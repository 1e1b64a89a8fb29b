package dev.katib.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.katib.accounts.Role;
import dev.katib.support.IntegrationTest;
import dev.katib.support.TestAccounts.TestOrganisation;

/**
 * Writers, reviewers and signers asking for what their roles do not grant get {@code 403 forbidden} before the
 * body, the parameters or the letter are looked at: a nonsense body and an unknown letter change nothing.
 */
class LetterPermissionsBeforeBindingIntegrationTests extends IntegrationTest {

	private static final String NONSENSE = "{\"language\": 12, \"comment\": [1], \"basedOn\": \"x\"}";

	private final HttpClient http = HttpClient.newHttpClient();

	String writer;
	String reviewer;
	String signer;
	String letter;

	@BeforeEach
	void setUp() {
		TestOrganisation organisation = accounts.organisation();
		writer = accounts.bearer(accounts.member(organisation, Role.WRITER));
		reviewer = accounts.bearer(accounts.member(organisation, Role.REVIEWER));
		signer = accounts.bearer(accounts.member(organisation, Role.SIGNER));
		letter = "/api/v1/letters/" + UUID.randomUUID();
	}

	@Test
	void aWriterMayNotReviewSignNorChangeTheSettings() {
		Map<String, Answer> answers = new LinkedHashMap<>();
		answers.put("return", send("POST", letter + "/return", NONSENSE, writer));
		answers.put("sign", send("POST", letter + "/sign", NONSENSE, writer));
		answers.put("review queue", send("GET", "/api/v1/letters/queue/review", null, writer));
		answers.put("signature queue", send("GET", "/api/v1/letters/queue/signature", null, writer));
		answers.put("settings", send("PUT", "/api/v1/letter-settings", NONSENSE, writer));
		answers.put("signature image", send("DELETE", "/api/v1/me/signature", null, writer));

		assertForbidden(answers);
	}

	@Test
	void aReviewerMayNotWriteEditRestoreNorSign() {
		Map<String, Answer> answers = new LinkedHashMap<>();
		answers.put("create", send("POST", "/api/v1/letters", NONSENSE, reviewer));
		answers.put("edit", send("PUT", letter + "/content", NONSENSE, reviewer));
		answers.put("restore", send("POST", letter + "/versions/1/restore", null, reviewer));
		answers.put("submit", send("POST", letter + "/submit", NONSENSE, reviewer));
		answers.put("cancel", send("POST", letter + "/cancel", NONSENSE, reviewer));
		answers.put("sign", send("POST", letter + "/sign", NONSENSE, reviewer));
		answers.put("signature queue", send("GET", "/api/v1/letters/queue/signature", null, reviewer));

		assertForbidden(answers);
	}

	@Test
	void aSignerMayNotWriteNorReview() {
		Map<String, Answer> answers = new LinkedHashMap<>();
		answers.put("create", send("POST", "/api/v1/letters", NONSENSE, signer));
		answers.put("submit", send("POST", letter + "/submit", NONSENSE, signer));
		answers.put("send", send("POST", letter + "/send", NONSENSE, signer));
		answers.put("archive", send("POST", letter + "/archive", NONSENSE, signer));
		answers.put("return", send("POST", letter + "/return", NONSENSE, signer));
		answers.put("review queue", send("GET", "/api/v1/letters/queue/review", null, signer));

		assertForbidden(answers);
	}

	@Test
	void whatTheRolesGrantPassesOnToTheServiceWhichStillDecides() {
		// a writer may approve their own letter where the organisation allows it, so approving is the service's call
		assertThat(send("POST", letter + "/approve", null, writer).status()).isEqualTo(404);
		assertThat(send("POST", letter + "/return", null, reviewer).status()).isEqualTo(404);
		assertThat(send("POST", letter + "/sign", null, signer).status()).isEqualTo(404);
		assertThat(send("GET", "/api/v1/letters/queue/signature", null, signer).status()).isEqualTo(200);
		assertThat(send("POST", "/api/v1/letters", NONSENSE, writer).status()).isEqualTo(400);
	}

	private static void assertForbidden(Map<String, Answer> answers) {
		answers.forEach((what, answer) -> {
			assertThat(answer.status()).as(what).isEqualTo(403);
			assertThat(answer.body()).as(what).contains("urn:katib:problem:forbidden").doesNotContain("errors");
		});
	}

	private Answer send(String method, String path, String json, String bearer) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
			.header("Authorization", bearer)
			.header("Accept", "application/json");
		if (json != null) {
			request.header("Content-Type", "application/json");
		}
		request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
				: HttpRequest.BodyPublishers.ofString(json));
		try {
			HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Answer(response.statusCode(), response.body());
		}
		catch (IOException | InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private record Answer(int status, String body) {
	}
}
