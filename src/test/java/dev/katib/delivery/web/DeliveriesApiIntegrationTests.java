package dev.katib.delivery.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

import dev.katib.accounts.Role;
import dev.katib.support.IntegrationTest;
import dev.katib.support.PageClient;
import dev.katib.support.SharedGreenMail;
import dev.katib.support.TestAccounts.Account;

/** A signed letter is sent by e-mail from the API and from its page, and each sending reports what became of it. */
class DeliveriesApiIntegrationTests extends IntegrationTest {

	@Test
	void aSignedLetterIsEmailedAsItsArchivedPdfOncePerIdempotencyKey() throws Exception {
		Account owner = accounts.organisation().owner();
		String letter = SignedLetters.signedBy(client(), accounts, owner);
		String to = "ministry-" + UUID.randomUUID() + "@example.org";

		JsonNode queued = await().atMost(Duration.ofSeconds(30))
			.until(() -> send(owner, letter, Map.of("channel", "email", "recipient", to), "key-1"), answer -> answer != null);
		JsonNode again = send(owner, letter, Map.of("channel", "EMAIL", "recipient", to), "key-1");

		assertThat(queued.path("status").asString()).isEqualTo("PENDING");
		assertThat(again.path("id").asString()).isEqualTo(queued.path("id").asString());
		MimeMessage message = await().atMost(Duration.ofSeconds(30)).until(() -> messageTo(to), m -> m != null);
		assertThat(pdfAttachment(message)).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
		JsonNode delivered = await().atMost(Duration.ofSeconds(15))
			.until(() -> list(owner, letter).path(0), d -> d.path("status").asString().equals("DELIVERED"));
		assertThat(delivered.path("attempts")).hasSize(1);
		assertThat(list(owner, letter)).hasSize(1);
	}

	@Test
	void badAddressesUnknownChannelsOtherOrganisationsAndWritersAreRefused() {
		var organisation = accounts.organisation();
		Account owner = organisation.owner();
		String letter = SignedLetters.signedBy(client(), accounts, owner);
		Account stranger = accounts.organisation().owner();
		Account writer = accounts.member(organisation, Role.WRITER);

		JsonNode badAddress = problem(owner, letter, Map.of("channel", "EMAIL", "recipient", "not an address"), 400);
		JsonNode badChannel = problem(owner, letter, Map.of("channel", "pigeon", "recipient", "a@example.org"), 400);
		problem(stranger, letter, Map.of("channel", "EMAIL", "recipient", "a@example.org"), 404);
		problem(writer, letter, Map.of("channel", "EMAIL", "recipient", "a@example.org"), 403);

		assertThat(badAddress.path("field").asString()).isEqualTo("recipient");
		assertThat(badChannel.path("errors").path(0).path("field").asString()).isEqualTo("channel");
		assertThat(badChannel.path("errors").path(0).path("allowed").toString()).contains("EMAIL").contains("WHATSAPP");
		assertThat(list(owner, letter)).isEmpty();
	}

	@Test
	void theLettersPageSendsItAndListsTheSending() {
		Account owner = accounts.organisation().owner();
		String letter = SignedLetters.signedBy(client(), accounts, owner);
		PageClient browser = new PageClient(baseUrl(), accounts, owner);
		String deliveries = "/letters/" + letter + "/deliveries?lang=en";
		assertThat(browser.get(deliveries).body()).contains("Send by e-mail");

		HttpResponse<String> refused = browser.post(deliveries, Map.of("recipient", "<b>nobody</b>"));
		String to = "school-" + UUID.randomUUID() + "@example.org";
		await().atMost(Duration.ofSeconds(30))
			.until(() -> browser.post(deliveries, Map.of("recipient", to)).statusCode() == 302);

		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("That is not an e-mail address.").contains("&lt;b&gt;nobody&lt;/b&gt;")
			.doesNotContain("<b>nobody</b>");
		assertThat(browser.get(deliveries).body()).contains(to);
		assertThat(browser.get("/letters/" + letter + "?lang=en").body()).contains("/letters/" + letter + "/deliveries");
	}

	/** The queued delivery, or null while the signed letter's archived PDF is not yet known to delivery. */
	private JsonNode send(Account caller, String letter, Map<String, String> body, String key) {
		var answer = client().post()
			.uri("/api/v1/letters/{id}/deliveries", letter)
			.header("Authorization", accounts.bearer(caller))
			.header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange()
			.returnResult(JsonNode.class);
		return answer.getStatus().value() == 202 ? answer.getResponseBody() : null;
	}

	private JsonNode problem(Account caller, String letter, Map<String, String> body, int status) {
		return client().post()
			.uri("/api/v1/letters/{id}/deliveries", letter)
			.header("Authorization", accounts.bearer(caller))
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange()
			.expectStatus().isEqualTo(status)
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody(JsonNode.class).returnResult().getResponseBody();
	}

	private JsonNode list(Account caller, String letter) {
		return client().get()
			.uri("/api/v1/letters/{id}/deliveries", letter)
			.header("Authorization", accounts.bearer(caller))
			.exchange()
			.expectStatus().isOk()
			.expectBody(JsonNode.class).returnResult().getResponseBody();
	}

	private static MimeMessage messageTo(String to) throws Exception {
		for (MimeMessage message : SharedGreenMail.get().getReceivedMessages()) {
			if (message.getAllRecipients()[0].toString().equals(to)) {
				return message;
			}
		}
		return null;
	}

	private static byte[] pdfAttachment(MimeMessage message) throws Exception {
		Multipart parts = (Multipart) message.getContent();
		for (int i = 0; i < parts.getCount(); i++) {
			BodyPart part = parts.getBodyPart(i);
			if ("attachment".equalsIgnoreCase(part.getDisposition()) && part.getContentType().startsWith("application/pdf")) {
				return part.getInputStream().readAllBytes();
			}
		}
		throw new AssertionError("no PDF attached");
	}
}
