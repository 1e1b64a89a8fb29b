package dev.katib.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

import dev.katib.letters.LetterRequests;
import dev.katib.support.IntegrationTest;
import dev.katib.support.TestAccounts.Account;

/** The first owner of a new organisation runs a letter's whole life alone: an office of one. */
class OwnerAloneIntegrationTests extends IntegrationTest {

	@Test
	void anOwnerDraftsSubmitsApprovesAndSignsALetterAlone() {
		Account owner = accounts.organisation().owner();

		JsonNode letter = client().post()
			.uri("/api/v1/letters")
			.header("Authorization", accounts.bearer(owner))
			.contentType(MediaType.APPLICATION_JSON)
			.body(LetterRequests.arabic())
			.exchange()
			.expectStatus().isCreated()
			.expectBody(JsonNode.class).returnResult().getResponseBody();
		String id = letter.path("id").asString();
		assertThat(letter.path("version").path("number").asInt()).isEqualTo(1);

		assertThat(transition(owner, id, "submit").path("status").asString()).isEqualTo("IN_REVIEW");
		JsonNode approved = transition(owner, id, "approve");
		assertThat(approved.path("status").asString()).isEqualTo("APPROVED");
		assertThat(approved.path("number").asString()).isNotBlank();
		assertThat(transition(owner, id, "sign").path("status").asString()).isEqualTo("SIGNED");

		client().get()
			.uri("/api/v1/letters/{id}", id)
			.header("Authorization", accounts.bearer(owner))
			.exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.status").isEqualTo("SIGNED")
			.jsonPath("$.number").isEqualTo(approved.path("number").asString());
	}

	private JsonNode transition(Account owner, String id, String action) {
		return client().post()
			.uri("/api/v1/letters/{id}/{action}", id, action)
			.header("Authorization", accounts.bearer(owner))
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of())
			.exchange()
			.expectStatus().isOk()
			.expectBody(JsonNode.class).returnResult().getResponseBody();
	}
}
