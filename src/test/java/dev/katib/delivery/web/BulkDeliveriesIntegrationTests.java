package dev.katib.delivery.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import dev.katib.accounts.Role;
import dev.katib.connectors.SourcesClient;
import dev.katib.support.IntegrationTest;
import dev.katib.support.SharedGreenMail;
import dev.katib.support.TestAccounts.Account;

/** Signed letters sent together: each queued as one would be, the refused ones saying why. */
class BulkDeliveriesIntegrationTests extends IntegrationTest {

	@Test
	void signedLettersAreSentTogetherAndTheRefusedOnesSayWhy() {
		var organisation = accounts.organisation();
		Account owner = organisation.owner();
		SourcesClient api = new SourcesClient(baseUrl(), accounts);
		List<String> signed = List.of(SignedLetters.signedBy(client(), accounts, owner),
				SignedLetters.signedBy(client(), accounts, owner));
		String first = "school-1-" + UUID.randomUUID() + "@example.org";
		String second = "school-2-" + UUID.randomUUID() + "@example.org";
		Map<String, Object> body = Map.of("deliveries", List.of(
				Map.of("letterId", signed.get(0), "channel", "EMAIL", "recipient", first),
				Map.of("letterId", signed.get(1), "channel", "EMAIL", "recipient", second),
				Map.of("letterId", signed.get(1), "channel", "EMAIL", "recipient", "not an address"),
				Map.of("letterId", UUID.randomUUID().toString(), "channel", "EMAIL", "recipient", first)));

		// the signed letters' archived PDFs reach delivery just after signing
		JsonNode outcome = await().atMost(Duration.ofSeconds(30)).until(
				() -> api.postOnce(owner, "/api/v1/deliveries/bulk", "bulk-" + first, body, 200),
				answer -> answer.path("queued").asInt() == 2);
		assertThat(outcome.path("refused").asInt()).isEqualTo(2);
		assertThat(outcome.path("deliveries").get(0).path("outcome").asString()).isEqualTo("QUEUED");
		assertThat(outcome.path("deliveries").get(2).path("problem").path("field").asString()).isEqualTo("recipient");
		assertThat(outcome.path("deliveries").get(3).path("problem").path("status").asInt()).isEqualTo(404);
		await().atMost(Duration.ofSeconds(30)).until(() -> messageTo(first) != null && messageTo(second) != null);

		JsonNode again = api.postOnce(owner, "/api/v1/deliveries/bulk", "bulk-" + first, body, 200);
		assertThat(again.path("deliveries").get(0).path("delivery").path("id").asString())
			.as("the same key queues nothing twice")
			.isEqualTo(outcome.path("deliveries").get(0).path("delivery").path("id").asString());

		JsonNode reused = api.postOnce(owner, "/api/v1/deliveries/bulk", "bulk-" + first, Map.of("deliveries",
				List.of(Map.of("letterId", signed.get(1), "channel", "EMAIL", "recipient", first))), 200);
		assertThat(reused.path("deliveries").get(0).path("outcome").asString())
			.as("a key used for another letter does not answer with that letter's delivery")
			.isEqualTo("REFUSED");
		assertThat(reused.path("deliveries").get(0).path("problem").path("type").asString())
			.endsWith("idempotency-key-reused");

		JsonNode twice = api.post(owner, "/api/v1/deliveries/bulk", Map.of("deliveries", List.of(
				Map.of("letterId", signed.get(0), "channel", "EMAIL", "recipient", first),
				Map.of("letterId", signed.get(0), "channel", "EMAIL", "recipient", " " + first + " "))), 400);
		assertThat(twice.path("field").asString()).isEqualTo("deliveries[1].letterId");

		JsonNode empty = api.post(owner, "/api/v1/deliveries/bulk", Map.of("deliveries", List.of()), 400);
		assertThat(empty.path("type").asString()).endsWith("validation-failed");
		List<String> messages = new java.util.ArrayList<>();
		empty.path("errors").forEach(error -> messages.add(error.path("message").asString()));
		assertThat(messages).as("the API answers in English, as its problems")
			.isNotEmpty().noneMatch(message -> message.codePoints().anyMatch(c -> Character.UnicodeBlock.of(c)
					== Character.UnicodeBlock.ARABIC));
		api.post(accounts.member(organisation, Role.WRITER), "/api/v1/deliveries/bulk", body, 403);
	}

	private static MimeMessage messageTo(String to) throws Exception {
		for (MimeMessage message : SharedGreenMail.get().getReceivedMessages()) {
			if (message.getAllRecipients()[0].toString().equals(to)) {
				return message;
			}
		}
		return null;
	}
}
