package dev.katib.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.EntityExchangeResult;

import dev.katib.accounts.Role;
import dev.katib.letters.chat.ChatLetters;
import dev.katib.support.FakeModelServer;
import dev.katib.support.FakeModelServer.Reply;
import dev.katib.support.IntegrationTest;
import dev.katib.support.ModelGatewaySwitch;
import dev.katib.support.TestAccounts.Account;
import dev.katib.support.TestAccounts.TestOrganisation;

/**
 * A chat revision takes as long as the model thinks; the letter may be submitted or approved meanwhile. The
 * revision then either lands before the transition, and is what gets submitted, or is refused: it never adds a
 * version to a letter that left DRAFT or RETURNED.
 */
class EditRaceIntegrationTests extends IntegrationTest {

	@Autowired
	dev.katib.letters.LetterFixtures letterFixtures;

	private static final String SHORTER_SUBJECT = "طلب تقرير الربع الثالث";

	@Autowired
	LetterHistory history;

	@Autowired
	ModelGatewaySwitch gateways;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aRevisionThatFinishesAfterTheLetterWasSubmittedIsRefusedAndAddsNoVersion() throws Exception {
		TestOrganisation organisation = accounts.organisation();
		Account writer = accounts.member(organisation, Role.WRITER);
		UUID letter = ChatLetters.drafted(letterFixtures, writer);
		CountDownLatch thinking = new CountDownLatch(1);

		try (FakeModelServer model = FakeModelServer.start(); var fake = gateways.useFake(model)) {
			model.enqueue(Reply.answer(revision()).after(thinking));
			CompletableFuture<EntityExchangeResult<Map>> chat = CompletableFuture.supplyAsync(() -> instruct(writer, letter));
			await().atMost(Duration.ofSeconds(20)).until(() -> model.requests().size() == 1);

			assertThat(transition(writer, letter, "submit")).isEqualTo(200);
			thinking.countDown();

			EntityExchangeResult<Map> refused = chat.get();
			assertThat(refused.getStatus().value()).isEqualTo(409);
			assertThat(refused.getResponseBody().get("type")).isEqualTo("urn:katib:problem:letter-not-editable");
		}
		assertThat(history.versions(writer.tenantId(), letter)).hasSize(1);
		assertThat(status(letter)).isEqualTo("IN_REVIEW");
	}

	@Test
	void aRevisionThatFinishesAfterTheLetterWasApprovedIsRefusedAndAddsNoVersion() throws Exception {
		TestOrganisation organisation = accounts.organisation();
		Account writer = accounts.member(organisation, Role.WRITER);
		Account reviewer = accounts.member(organisation, Role.REVIEWER);
		UUID letter = ChatLetters.drafted(letterFixtures, writer);
		CountDownLatch thinking = new CountDownLatch(1);

		try (FakeModelServer model = FakeModelServer.start(); var fake = gateways.useFake(model)) {
			model.enqueue(Reply.answer(revision()).after(thinking));
			CompletableFuture<EntityExchangeResult<Map>> chat = CompletableFuture.supplyAsync(() -> instruct(writer, letter));
			await().atMost(Duration.ofSeconds(20)).until(() -> model.requests().size() == 1);

			assertThat(transition(writer, letter, "submit")).isEqualTo(200);
			assertThat(transition(reviewer, letter, "approve")).isEqualTo(200);
			thinking.countDown();

			EntityExchangeResult<Map> refused = chat.get();
			assertThat(refused.getStatus().value()).isEqualTo(409);
			assertThat(refused.getResponseBody().get("type")).isEqualTo("urn:katib:problem:letter-not-editable");
		}
		assertThat(history.versions(writer.tenantId(), letter)).hasSize(1);
		assertThat(status(letter)).isEqualTo("APPROVED");
	}

	@Test
	void aRevisionThatFinishesBeforeTheSubmitLandsAndIsTheVersionSubmitted() throws Exception {
		TestOrganisation organisation = accounts.organisation();
		Account writer = accounts.member(organisation, Role.WRITER);
		UUID letter = ChatLetters.drafted(letterFixtures, writer);
		CountDownLatch thinking = new CountDownLatch(1);

		try (FakeModelServer model = FakeModelServer.start(); var fake = gateways.useFake(model)) {
			model.enqueue(Reply.answer(revision()).after(thinking));
			CompletableFuture<EntityExchangeResult<Map>> chat = CompletableFuture.supplyAsync(() -> instruct(writer, letter));
			await().atMost(Duration.ofSeconds(20)).until(() -> model.requests().size() == 1);
			thinking.countDown();

			assertThat(chat.get().getStatus().value()).isEqualTo(201);
			assertThat(transition(writer, letter, "submit")).isEqualTo(200);
		}
		assertThat(history.versions(writer.tenantId(), letter)).hasSize(2);
		assertThat(status(letter)).isEqualTo("IN_REVIEW");
		assertThat(submittedVersion(letter)).isEqualTo(2);
	}

	@Test
	void aHandEditOfTheVersionShownBeforeTheSubmitIsRefused() {
		TestOrganisation organisation = accounts.organisation();
		Account writer = accounts.member(organisation, Role.WRITER);
		UUID letter = ChatLetters.drafted(letterFixtures, writer);

		assertThat(transition(writer, letter, "submit")).isEqualTo(200);
		client().put()
			.uri("/api/v1/letters/{id}/content", letter)
			.header("Authorization", accounts.bearer(writer))
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"basedOn\": 1, \"content\": " + dev.katib.letters.content.LetterJson.writeForModel(
					ChatLetters.withSubject(ChatLetters.DRAFTED, SHORTER_SUBJECT)) + "}")
			.exchange()
			.expectStatus().isEqualTo(409)
			.expectBody().jsonPath("$.type").isEqualTo("urn:katib:problem:letter-not-editable");
		assertThat(history.versions(writer.tenantId(), letter)).hasSize(1);
	}

	private static String revision() {
		return ChatLetters.revision(ChatLetters.withSubject(ChatLetters.DRAFTED, SHORTER_SUBJECT), "اختصرت الموضوع",
				null);
	}

	private EntityExchangeResult<Map> instruct(Account member, UUID letter) {
		return client().post()
			.uri("/api/v1/letters/{id}/chat", letter)
			.header("Authorization", accounts.bearer(member))
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON)
			.body("{\"instruction\": \"اختصر الموضوع\", \"basedOn\": 1}")
			.exchange()
			.expectBody(Map.class)
			.returnResult();
	}

	private int transition(Account member, UUID letter, String action) {
		return client().post()
			.uri("/api/v1/letters/{id}/{action}", letter, action)
			.header("Authorization", accounts.bearer(member))
			.exchange()
			.returnResult(String.class)
			.getStatus()
			.value();
	}

	private String status(UUID letter) {
		return jdbc.sql("SELECT status FROM letters_letter WHERE id = ?").param(letter).query(String.class).single();
	}

	private int submittedVersion(UUID letter) {
		return jdbc.sql("SELECT version_number FROM review_transition WHERE letter_id = ? AND to_status = 'IN_REVIEW'")
			.param(letter)
			.query(Integer.class)
			.single();
	}
}
