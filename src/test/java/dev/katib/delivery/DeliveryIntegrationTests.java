package dev.katib.delivery;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import dev.katib.accounts.Caller;
import dev.katib.accounts.Role;
import dev.katib.archive.Archive;
import dev.katib.archive.FileKind;
import dev.katib.archive.StoreRequest;
import dev.katib.paper.LetterArchived;
import dev.katib.platform.KatibException;
import dev.katib.support.IntegrationTest;
import dev.katib.support.SharedGreenMail;
import dev.katib.support.TestAccounts.TestOrganisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class DeliveryIntegrationTests extends IntegrationTest {

	@Autowired
	Deliveries deliveries;

	@Autowired
	Archive archive;

	@Autowired
	dev.katib.letters.LetterFixtures letterFixtures;

	@Autowired
	dev.katib.letters.LetterAttachments letterAttachments;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Test
	void emailsTheArchivedPdfWithABilingualBodyAndLogsTheAttempt() throws Exception {
		TestOrganisation org = accounts.organisation();
		byte[] pdf = pdf();
		UUID letter = archivedLetter(org, pdf);
		String to = "recipient-" + UUID.randomUUID() + "@example.org";

		Delivery queued = deliveries.deliver(owner(org), letter, Channel.EMAIL, to);
		assertThat(queued.status()).isEqualTo("PENDING");

		MimeMessage message = await().atMost(Duration.ofSeconds(30)).until(() -> messageTo(to), m -> m != null);
		assertThat(message.getSubject()).contains("خطاب من").contains("A letter from");
		assertThat(message.getHeader("Subject")[0]).startsWith("=?UTF-8?");
		Multipart parts = (Multipart) message.getContent();
		BodyPart attachment = attachment(parts);
		assertThat(attachment.getContentType()).startsWith("application/pdf");
		assertThat(attachment.getInputStream().readAllBytes()).isEqualTo(pdf);

		Delivery done = await().atMost(Duration.ofSeconds(10))
			.until(() -> deliveries.ofLetter(owner(org), letter).getFirst(), d -> d.status().equals("DELIVERED"));
		assertThat(done.attempts()).extracting(Delivery.Attempt::outcome).containsExactly("DELIVERED");
	}

	@Test
	void theLettersAttachmentsGoWithItsPdfUnderTheirOwnNames() throws Exception {
		TestOrganisation org = accounts.organisation();
		UUID letter = letterFixtures.drafted(org.tenantId(), org.owner().memberId(), "request",
				dev.katib.paper.PaperFixtures.content(dev.katib.letters.DraftingRequests.arabic()));
		byte[] programme = "برنامج الحفل الختامي".getBytes(java.nio.charset.StandardCharsets.UTF_8);
		letterAttachments.attach(owner(org), letter, "برنامج الحفل.txt", programme);
		byte[] pdf = pdf();
		var stored = archive.store(new StoreRequest(org.tenantId(), null, FileKind.LETTER, "letter.pdf",
				"application/pdf", pdf, "letter", letter.toString(), "A letter", null, Map.of(), null, null));
		publishArchived(org, letter, stored.id());
		await().atMost(Duration.ofSeconds(20)).until(() -> known(org, letter));
		String to = "attachments-" + UUID.randomUUID() + "@example.org";

		deliveries.deliver(owner(org), letter, Channel.EMAIL, to);

		MimeMessage message = await().atMost(Duration.ofSeconds(30)).until(() -> messageTo(to), m -> m != null);
		Multipart parts = (Multipart) message.getContent();
		java.util.List<BodyPart> files = new java.util.ArrayList<>();
		for (int i = 0; i < parts.getCount(); i++) {
			if ("attachment".equalsIgnoreCase(parts.getBodyPart(i).getDisposition())) {
				files.add(parts.getBodyPart(i));
			}
		}
		assertThat(files).hasSize(2);
		assertThat(files.get(0).getInputStream().readAllBytes()).isEqualTo(pdf);
		assertThat(jakarta.mail.internet.MimeUtility.decodeText(files.get(1).getFileName())).isEqualTo("برنامج الحفل.txt");
		assertThat(files.get(1).getInputStream().readAllBytes()).isEqualTo(programme);
	}

	@Test
	void anotherOrganisationsLetterIsNotFoundAndItsDeliveriesAreNotShown() throws Exception {
		TestOrganisation org = accounts.organisation();
		TestOrganisation other = accounts.organisation();
		UUID letter = archivedLetter(org, pdf());
		deliveries.deliver(owner(org), letter, Channel.EMAIL, "someone@example.org");

		assertThatThrownBy(() -> deliveries.deliver(owner(other), letter, Channel.EMAIL, "x@example.org"))
			.isInstanceOfSatisfying(KatibException.class, e -> assertThat(e.type().slug()).isEqualTo("not-found"));
		assertThat(deliveries.ofLetter(owner(other), letter)).isEmpty();
	}

	@Test
	void refusesARecipientThatIsNotAnAddressOfTheChannel() throws Exception {
		TestOrganisation org = accounts.organisation();
		UUID letter = archivedLetter(org, pdf());
		assertThatThrownBy(() -> deliveries.deliver(owner(org), letter, Channel.EMAIL, "not an address"))
			.isInstanceOfSatisfying(KatibException.class, e -> {
				assertThat(e.type().slug()).isEqualTo("validation-failed");
				assertThat(e.properties().toString()).contains("recipient");
			});
	}

	@Test
	void theSameIdempotencyKeyAnswersTheFirstDelivery() throws Exception {
		TestOrganisation org = accounts.organisation();
		UUID letter = archivedLetter(org, pdf());
		Delivery first = deliveries.deliver(owner(org), letter, Channel.EMAIL, "a@example.org", "key-1");
		Delivery again = deliveries.deliver(owner(org), letter, Channel.EMAIL, "a@example.org", "key-1");
		assertThat(again.id()).isEqualTo(first.id());
		assertThat(deliveries.ofLetter(owner(org), letter)).hasSize(1);
	}

	@Test
	void aFailingDeliveryIsRetriedWithPausesAndFailsAfterItsLastAttempt() {
		TestOrganisation org = accounts.organisation();
		UUID letter = UUID.randomUUID();
		// the letter is known as archived, but its file is missing from the archive: every attempt fails
		publishArchived(org, letter, UUID.randomUUID());
		await().atMost(Duration.ofSeconds(20)).ignoreExceptions()
			.until(() -> deliveries.deliver(owner(org), letter, Channel.EMAIL, "b@example.org", "retry") != null);

		await().atMost(Duration.ofSeconds(10))
			.until(() -> deliveries.ofLetter(owner(org), letter).getFirst().attempts().size() == 1);
		Delivery first = deliveries.ofLetter(owner(org), letter).getFirst();
		assertThat(first.status()).isEqualTo("PENDING");
		assertThat(first.attempts().getFirst().outcome()).isEqualTo("RETRYING");

		for (int attempt = 2; attempt <= 6; attempt++) {
			int expected = attempt;
			clock.advance(Duration.ofHours(1));
			await().atMost(Duration.ofSeconds(10))
				.until(() -> deliveries.ofLetter(owner(org), letter).getFirst().attempts().size() == expected);
		}
		Delivery failed = deliveries.ofLetter(owner(org), letter).getFirst();
		assertThat(failed.status()).isEqualTo("FAILED");
		assertThat(failed.attempts()).extracting(Delivery.Attempt::outcome)
			.containsExactly("RETRYING", "RETRYING", "RETRYING", "RETRYING", "RETRYING", "FAILED");
		assertThat(failed.lastError()).contains("archived PDF");
	}

	private UUID archivedLetter(TestOrganisation org, byte[] pdf) {
		UUID letter = UUID.randomUUID();
		var stored = archive.store(new StoreRequest(org.tenantId(), null, FileKind.LETTER, "letter.pdf",
				"application/pdf", pdf, "letter", letter.toString(), "A letter", null, Map.of(), null, null));
		publishArchived(org, letter, stored.id());
		// paper's event reaches delivery after its transaction commits: wait until the letter is known
		await().atMost(Duration.ofSeconds(20)).until(() -> known(org, letter));
		return letter;
	}

	private boolean known(TestOrganisation org, UUID letter) {
		try {
			// no WhatsApp sender in the tests: a known letter is refused for the channel, an unknown one is not found
			deliveries.deliver(owner(org), letter, Channel.WHATSAPP, "+966500000000");
			return true;
		}
		catch (KatibException e) {
			return !e.type().slug().equals("not-found");
		}
	}

	private void publishArchived(TestOrganisation org, UUID letter, UUID file) {
		new TransactionTemplate(transactionManager).executeWithoutResult(status -> events
			.publishEvent(new LetterArchived(org.tenantId(), letter, 1, file, "KTB-" + letter.toString().substring(0, 8),
					clock.instant())));
	}

	private static Caller owner(TestOrganisation org) {
		return new Caller(org.tenantId(), org.owner().memberId(), "Owner", Set.of(Role.OWNER), Locale.ENGLISH, null);
	}

	private static MimeMessage messageTo(String to) throws Exception {
		for (MimeMessage message : SharedGreenMail.get().getReceivedMessages()) {
			if (message.getAllRecipients()[0].toString().equals(to)) {
				return message;
			}
		}
		return null;
	}

	private static BodyPart attachment(Multipart parts) throws Exception {
		for (int i = 0; i < parts.getCount(); i++) {
			if ("attachment".equalsIgnoreCase(parts.getBodyPart(i).getDisposition())) {
				return parts.getBodyPart(i);
			}
		}
		throw new AssertionError("no attachment");
	}

	private static byte[] pdf() throws IOException {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.addPage(new PDPage());
			document.save(out);
			return out.toByteArray();
		}
	}
}
