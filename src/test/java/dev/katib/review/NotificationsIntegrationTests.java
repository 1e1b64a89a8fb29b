package dev.katib.review;

import dev.katib.letters.LetterStatus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.katib.accounts.Role;
import dev.katib.letters.LetterHistory;
import dev.katib.support.IntegrationTest;
import dev.katib.support.TestAccounts.Account;
import dev.katib.support.TestAccounts.TestOrganisation;

/** Who hears of a letter, in Katib and by e-mail, as it goes through review and signature; comments; queues. */
class NotificationsIntegrationTests extends IntegrationTest {

	@Autowired
	dev.katib.letters.LetterFixtures letterFixtures;

	@Autowired
	LetterHistory history;

	@Autowired
	JdbcClient jdbc;

	WorkflowLetters letters;

	TestOrganisation organisation;

	Account writer;

	Account reviewer;

	Account signer;

	@BeforeEach
	void organisation() {
		letters = new WorkflowLetters(letterFixtures, jdbc);
		organisation = accounts.organisation();
		writer = accounts.member(organisation, Role.WRITER);
		reviewer = accounts.member(organisation, Role.REVIEWER);
		signer = accounts.member(organisation, Role.SIGNER);
	}

	@Test
	void tellsReviewersWriterAndSignersWhatWaitsForThemInKatibAndByEMail() {
		UUID letter = letters.drafted(writer);

		post(writer, letter, "submit", Map.of());
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(kinds(reviewer)).containsExactly("SUBMITTED"));
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(mails(reviewer)).singleElement().asString().contains("للمراجعة"));
		assertThat(queue(reviewer, "review")).contains(letter.toString());

		post(reviewer, letter, "return", Map.of("comment", "أضف موعد الاجتماع"));
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(kinds(writer)).containsExactly("RETURNED"));
		post(writer, letter, "submit", Map.of());
		post(reviewer, letter, "approve", Map.of());
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(kinds(writer)).containsExactly("APPROVED", "RETURNED"));
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(kinds(signer)).containsExactly("AWAITING_SIGNATURE"));
		assertThat(queue(signer, "signature")).contains(letter.toString());
		assertThat(queue(reviewer, "review")).doesNotContain(letter.toString());

		post(signer, letter, "sign", Map.of());
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(kinds(writer)).containsExactly("SIGNED", "APPROVED", "RETURNED"));
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(mails(writer)).hasSize(3));
		assertThat(kinds(organisation.owner())).isEmpty();
	}

	@Test
	void aMemberReadsAndMarksOnlyTheirOwnNotifications() {
		UUID letter = letters.drafted(writer);
		post(writer, letter, "submit", Map.of());
		await().atMost(Duration.ofSeconds(20)).until(() -> inbox(reviewer).get("unread").equals(1));
		Map<?, ?> inbox = inbox(reviewer);
		String id = (String) ((Map<?, ?>) ((List<?>) inbox.get("items")).getFirst()).get("id");

		client().post()
			.uri("/api/v1/notifications/{id}/read", id)
			.header("Authorization", accounts.bearer(writer))
			.exchange()
			.expectStatus()
			.isNotFound();
		client().post()
			.uri("/api/v1/notifications/{id}/read", id)
			.header("Authorization", accounts.bearer(reviewer))
			.exchange()
			.expectStatus()
			.isNoContent();

		assertThat(inbox(reviewer).get("unread")).isEqualTo(0);
	}

	@Test
	void keepsCommentsOnAVersionOfTheLetter() {
		UUID letter = letters.in(writer, LetterStatus.IN_REVIEW);

		client().post()
			.uri("/api/v1/letters/{id}/comments", letter)
			.header("Authorization", accounts.bearer(reviewer))
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("version", 1, "text", "الفقرة الثانية طويلة"))
			.exchange()
			.expectStatus()
			.isCreated();
		client().post()
			.uri("/api/v1/letters/{id}/comments", letter)
			.header("Authorization", accounts.bearer(reviewer))
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("version", 7, "text", "لا توجد نسخة كهذه"))
			.exchange()
			.expectStatus()
			.isBadRequest();

		List<?> comments = client().get()
			.uri("/api/v1/letters/{id}/comments", letter)
			.header("Authorization", accounts.bearer(writer))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(List.class)
			.returnResult()
			.getResponseBody();
		assertThat(comments).singleElement().satisfies(comment -> {
			assertThat(((Map<?, ?>) comment).get("text")).isEqualTo("الفقرة الثانية طويلة");
			assertThat(((Map<?, ?>) comment).get("version")).isEqualTo(1);
		});
		client().get()
			.uri("/api/v1/letters/{id}/comments", letter)
			.header("Authorization", accounts.bearer(accounts.organisation().owner()))
			.exchange()
			.expectStatus()
			.isNotFound();
	}

	@Test
	void aQueueIsForThoseWhoActOnIt() {
		client().get()
			.uri("/api/v1/letters/queue/signature")
			.header("Authorization", accounts.bearer(writer))
			.exchange()
			.expectStatus()
			.isForbidden();
	}

	private List<String> kinds(Account account) {
		return jdbc.sql("SELECT kind FROM review_notification WHERE recipient_id = ? ORDER BY created_at DESC, id DESC")
			.param(account.memberId())
			.query(String.class)
			.list();
	}

	private List<String> mails(Account account) {
		return jdbc.sql("SELECT subject FROM accounts_outbox_mail WHERE lower(recipient) = lower(?)")
			.param(account.email())
			.query(String.class)
			.list();
	}

	private String queue(Account account, String queue) {
		return client().get()
			.uri("/api/v1/letters/queue/{queue}", queue)
			.header("Authorization", accounts.bearer(account))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	private Map<?, ?> inbox(Account account) {
		return client().get()
			.uri("/api/v1/notifications")
			.header("Authorization", accounts.bearer(account))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
	}

	private void post(Account account, UUID letter, String action, Map<String, String> body) {
		clock.advance(java.time.Duration.ofMinutes(1));
		client().post()
			.uri("/api/v1/letters/{id}/{action}", letter, action)
			.header("Authorization", accounts.bearer(account))
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange()
			.expectStatus()
			.isOk();
	}
}
