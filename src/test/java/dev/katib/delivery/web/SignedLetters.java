package dev.katib.delivery.web;

import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import tools.jackson.databind.JsonNode;

import dev.katib.letters.LetterRequests;
import dev.katib.support.TestAccounts;
import dev.katib.support.TestAccounts.Account;

/** Letters to deliver: drafted, submitted, approved and signed through the API, so that their PDFs get archived. */
final class SignedLetters {

	private SignedLetters() {
	}

	/** A new Arabic letter taken through signature by the owner; its id. Its archived PDF reaches delivery soon after. */
	static String signedBy(RestTestClient client, TestAccounts accounts, Account owner) {
		JsonNode letter = client.post()
			.uri("/api/v1/letters")
			.header("Authorization", accounts.bearer(owner))
			.contentType(MediaType.APPLICATION_JSON)
			.body(LetterRequests.arabic())
			.exchange()
			.expectStatus().isCreated()
			.expectBody(JsonNode.class).returnResult().getResponseBody();
		String id = letter.path("id").asString();
		for (String action : new String[] { "submit", "approve", "sign" }) {
			client.post()
				.uri("/api/v1/letters/{id}/{action}", id, action)
				.header("Authorization", accounts.bearer(owner))
				.contentType(MediaType.APPLICATION_JSON)
				.body(Map.of())
				.exchange()
				.expectStatus().isOk();
		}
		return id;
	}
}
