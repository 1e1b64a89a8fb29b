package dev.katib.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

import dev.katib.accounts.Role;
import dev.katib.connectors.SourcesClient;
import dev.katib.letters.LetterFixtures;
import dev.katib.letters.LetterStatus;
import dev.katib.support.IntegrationTest;
import dev.katib.support.TestAccounts.Account;
import dev.katib.support.TestAccounts.TestOrganisation;

/**
 * Approving and signing many letters at once: each letter goes through its own transition with the same rules
 * and audit as one letter's, and the answer says what became of every one.
 */
class BulkQueueIntegrationTests extends IntegrationTest {

	@Autowired
	LetterFixtures letterFixtures;

	@Autowired
	JdbcClient jdbc;

	WorkflowLetters letters;

	TestOrganisation organisation;

	Account writer;

	SourcesClient api;

	@BeforeEach
	void organisation() {
		letters = new WorkflowLetters(letterFixtures, jdbc);
		organisation = accounts.organisation();
		writer = accounts.member(organisation, Role.WRITER);
		api = new SourcesClient(baseUrl(), accounts);
	}

	@Test
	void eachLetterIsApprovedOnItsOwnAndTheRefusedOnesSayWhy() {
		Account reviewer = accounts.member(organisation, Role.REVIEWER);
		List<UUID> waiting = IntStream.range(0, 3).mapToObj(n -> letters.in(writer, LetterStatus.IN_REVIEW)).toList();
		UUID draft = letters.in(writer, LetterStatus.DRAFT);
		UUID unknown = UUID.randomUUID();
		List<UUID> asked = new ArrayList<>(waiting);
		asked.add(draft);
		asked.add(unknown);
		asked.add(waiting.getFirst());

		JsonNode outcome = api.post(reviewer, "/api/v1/queue/review/approve", Map.of("letterIds", asked,
				"comment", "Approved with the rest of the run"), 200);

		assertThat(outcome.path("done").asInt()).isEqualTo(3);
		assertThat(outcome.path("refused").asInt()).isEqualTo(2);
		assertThat(outcome.path("letters").size()).as("each letter once, in the order asked").isEqualTo(5);
		for (int n = 0; n < 3; n++) {
			assertThat(outcome.path("letters").get(n).path("outcome").asString()).isEqualTo("DONE");
			assertThat(outcome.path("letters").get(n).path("status").asString()).isEqualTo("APPROVED");
			assertThat(letters.status(waiting.get(n))).isEqualTo("APPROVED");
			assertThat(letters.auditActions(waiting.get(n))).contains("letters.approved");
		}
		assertThat(outcome.path("letters").get(3).path("problem").path("status").asInt()).isEqualTo(409);
		assertThat(outcome.path("letters").get(4).path("problem").path("type").asString()).endsWith("not-found");
		assertThat(letters.status(draft)).isEqualTo("DRAFT");
	}

	@Test
	void aWriterMayApproveInBulkOnlyWhatTheyMayApproveOneByOne() {
		UUID someoneElses = letters.in(accounts.member(organisation, Role.WRITER), LetterStatus.IN_REVIEW);
		JsonNode outcome = api.post(writer, "/api/v1/queue/review/approve", Map.of("letterIds", List.of(someoneElses)),
				200);
		assertThat(outcome.path("letters").get(0).path("outcome").asString()).isEqualTo("REFUSED");
		assertThat(outcome.path("letters").get(0).path("problem").path("type").asString()).endsWith("forbidden");
		assertThat(letters.status(someoneElses)).isEqualTo("IN_REVIEW");

		api.post(writer, "/api/v1/queue/signature/sign", Map.of("letterIds", List.of(someoneElses)), 403);
	}

	@Test
	void aSignerSignsManyApprovedLettersAtOnce() {
		Account signer = accounts.member(organisation, Role.SIGNER);
		List<UUID> approved = IntStream.range(0, 4).mapToObj(n -> letters.in(writer, LetterStatus.APPROVED)).toList();
		JsonNode outcome = api.post(signer, "/api/v1/queue/signature/sign", Map.of("letterIds", approved), 200);
		assertThat(outcome.path("done").asInt()).isEqualTo(4);
		approved.forEach(letter -> {
			assertThat(letters.status(letter)).isEqualTo("SIGNED");
			assertThat(letters.auditActions(letter)).contains("letters.signed");
		});
	}

	@Test
	void onThePageTheChosenLettersAreConfirmedByCountAndNameThenSignedEachOnItsOwn() throws Exception {
		Account signer = accounts.member(organisation, Role.SIGNER);
		List<UUID> approved = IntStream.range(0, 3).mapToObj(n -> letters.in(writer, LetterStatus.APPROVED)).toList();
		String cookie = accounts.sessionCookie(baseUrl(), signer);
		String queue = page(cookie, "GET", "/queues/signature?lang=en", null).body();
		assertThat(queue).contains("type=\"checkbox\" name=\"letterIds\"", "Sign the chosen letters", "/me/digest");
		String csrf = csrf(queue);
		String chosen = "letterIds=" + approved.get(0) + "&letterIds=" + approved.get(2) + "&_csrf=" + csrf;

		String confirm = page(cookie, "POST", "/queues/signature/confirm?lang=en", chosen).body();
		assertThat(confirm).contains("You are about to sign these 2 letters", approved.get(0).toString(),
				approved.get(2).toString()).doesNotContain(approved.get(1).toString());
		assertThat(letters.status(approved.get(0))).as("nothing is signed before the confirmation").isEqualTo("APPROVED");

		String done = page(cookie, "POST", "/queues/signature/perform?lang=en", chosen).body();
		assertThat(done).contains("2 done, 0 refused.");
		assertThat(letters.status(approved.get(0))).isEqualTo("SIGNED");
		assertThat(letters.status(approved.get(1))).isEqualTo("APPROVED");
		assertThat(letters.status(approved.get(2))).isEqualTo("SIGNED");
	}

	private java.net.http.HttpResponse<String> page(String cookie, String method, String path, String form)
			throws Exception {
		var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(baseUrl() + path)).header("Cookie", cookie);
		if (form != null) {
			request.header("Content-Type", "application/x-www-form-urlencoded")
				.method(method, java.net.http.HttpRequest.BodyPublishers.ofString(form));
		}
		return java.net.http.HttpClient.newHttpClient().send(request.build(),
				java.net.http.HttpResponse.BodyHandlers.ofString());
	}

	private static String csrf(String page) {
		var found = java.util.regex.Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(page);
		assertThat(found.find()).as("a CSRF token on the page").isTrue();
		return found.group(1);
	}

	@Test
	void badInputIsAnsweredWithProblemDetailsNamingTheField() {
		Account owner = organisation.owner();
		assertThat(api.post(owner, "/api/v1/queue/review/approve", Map.of("letterIds", List.of()), 400)
			.path("field").asString()).isEqualTo("letterIds");
		assertThat(api.post(owner, "/api/v1/queue/review/approve", Map.of(), 400).path("field").asString())
			.isEqualTo("letterIds");
		List<UUID> tooMany = IntStream.range(0, 201).mapToObj(n -> UUID.randomUUID()).toList();
		assertThat(api.post(owner, "/api/v1/queue/signature/sign", Map.of("letterIds", tooMany), 400)
			.path("type").asString()).endsWith("validation-failed");
		assertThat(api.post(owner, "/api/v1/queue/review/approve", Map.of("letterIds", List.of("not-a-uuid")), 400)
			.path("type").asString()).isNotBlank();
	}
}
