package dev.katib.delivery.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.katib.accounts.Role;
import dev.katib.connectors.SourcesClient;
import dev.katib.letters.DraftingRequests;
import dev.katib.letters.LetterFixtures;
import dev.katib.letters.LetterStatus;
import dev.katib.letters.content.StructuredLetter;
import dev.katib.letters.content.Verdict;
import dev.katib.letters.drafting.Draft;
import dev.katib.letters.drafting.OfflineDraftingEngine;
import dev.katib.support.FakeWhatsApp;
import dev.katib.support.IntegrationTest;
import dev.katib.support.SharedGreenMail;
import dev.katib.support.TestAccounts.Account;

/** A signer is told of the letters waiting for them in one digest, not one message per letter. */
class SignerDigestIntegrationTests extends IntegrationTest {

	private static final StructuredLetter DRAFTED = ((Verdict.Accepted<Draft>) OfflineDraftingEngine
		.draft(DraftingRequests.arabic().build())).value().letter();

	@Autowired
	LetterFixtures letters;

	@Autowired
	DigestSender sender;

	@Autowired
	JdbcClient jdbc;

	@Test
	void twelveLettersApprovedTogetherMakeOneDigestListingTwelve() throws Exception {
		var organisation = accounts.organisation();
		Account writer = accounts.member(organisation, Role.WRITER);
		Account reviewer = accounts.member(organisation, Role.REVIEWER);
		Account signer = accounts.member(organisation, Role.SIGNER);
		Account quiet = accounts.member(organisation, Role.SIGNER);
		SourcesClient api = new SourcesClient(baseUrl(), accounts);
		api.put(quiet, "/api/v1/me/digest", Map.of("frequency", "OFF"), 200);
		assertThat(api.put(signer, "/api/v1/me/digest", Map.of("frequency", "IMMEDIATE", "phone", "12"), 400)
			.path("field").asString()).isEqualTo("phone");
		List<UUID> submitted = IntStream.range(0, 12).mapToObj(n -> {
			UUID letter = letters.drafted(organisation.tenantId(), writer.memberId(), "request", DRAFTED);
			letters.status(letter, LetterStatus.IN_REVIEW);
			return letter;
		}).toList();

		assertThat(api.post(reviewer, "/api/v1/queue/review/approve", Map.of("letterIds", submitted), 200)
			.path("done").asInt()).isEqualTo(12);
		await().atMost(Duration.ofSeconds(20)).until(() -> pending(signer) == 12);
		assertThat(pending(quiet)).as("a signer who chose no digest").isZero();
		sender.sendDue();
		assertThat(received(signer)).as("approvals have not settled yet").isEmpty();

		clock.advance(DigestSender.QUIET.plusSeconds(1));
		sender.sendDue();
		await().atMost(Duration.ofSeconds(20)).until(() -> received(signer).size() == 1);
		sender.sendDue();
		MimeMessage digest = received(signer).getFirst();
		assertThat(digest.getSubject()).endsWith("12");
		String body = text(digest.getContent());
		assertThat(body).contains("/queues/signature");
		assertThat(IntStream.rangeClosed(1, 12).filter(n -> body.contains(n + ". ")).count()).isEqualTo(12);
		assertThat(received(signer)).as("one digest, not one message per letter").hasSize(1);
		assertThat(received(quiet)).isEmpty();
		assertThat(pending(signer)).isZero();
	}

	/** The plain text of a message, however deep in its parts. */
	private static String text(Object content) throws Exception {
		if (content instanceof String text) {
			return text;
		}
		if (content instanceof jakarta.mail.Multipart parts) {
			StringBuilder all = new StringBuilder();
			for (int n = 0; n < parts.getCount(); n++) {
				var part = parts.getBodyPart(n);
				if (part.isMimeType("text/plain") || part.isMimeType("multipart/*")) {
					all.append(text(part.getContent()));
				}
			}
			return all.toString();
		}
		return "";
	}

	@Test
	void aSignerWithAPhoneGetsTheDigestByWhatsAppTooWhenTheOrganisationHasAnAccount() throws Exception {
		var organisation = accounts.organisation();
		Account writer = accounts.member(organisation, Role.WRITER);
		Account signer = accounts.member(organisation, Role.SIGNER);
		SourcesClient api = new SourcesClient(baseUrl(), accounts);
		try (FakeWhatsApp whatsApp = new FakeWhatsApp("106540352242922", "EAAGtestaccesstoken0123456789")) {
			api.put(organisation.owner(), "/api/v1/delivery/whatsapp", Map.of("apiUrl", whatsApp.apiUrl(),
					"phoneNumberId", "106540352242922", "token", "EAAGtestaccesstoken0123456789",
					"appSecret", "app-secret-0123456789abcdef"), 200);
			assertThat(api.put(signer, "/api/v1/me/digest", Map.of("frequency", "IMMEDIATE", "phone", "+966 50 000 0002"),
					200).path("phone").asString()).isEqualTo("966500000002");
			List<UUID> submitted = IntStream.range(0, 2).mapToObj(n -> {
				UUID letter = letters.drafted(organisation.tenantId(), writer.memberId(), "request", DRAFTED);
				letters.status(letter, LetterStatus.IN_REVIEW);
				return letter;
			}).toList();
			api.post(organisation.owner(), "/api/v1/queue/review/approve", Map.of("letterIds", submitted), 200);
			await().atMost(Duration.ofSeconds(20)).until(() -> pending(signer) == 2);

			clock.advance(DigestSender.QUIET.plusSeconds(1));
			sender.sendDue();
			await().atMost(Duration.ofSeconds(20)).until(() -> received(signer).size() == 1);
			assertThat(whatsApp.texts()).singleElement().satisfies(text -> {
				assertThat(text.to()).isEqualTo("966500000002");
				assertThat(text.body()).contains("1. ", "2. ", "/queues/signature");
			});
		}
	}

	private long pending(Account member) {
		return jdbc.sql("SELECT count(*) FROM delivery_digest_pending WHERE member_id = ?")
			.param(member.memberId()).query(Long.class).single();
	}

	private static List<MimeMessage> received(Account member) {
		return Arrays.stream(SharedGreenMail.get().getReceivedMessages()).filter(message -> {
			try {
				return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
					.anyMatch(to -> to.toString().contains(member.email()));
			}
			catch (jakarta.mail.MessagingException unreadable) {
				return false;
			}
		}).toList();
	}
}
