package dev.katib.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.katib.accounts.Caller;
import dev.katib.accounts.Role;
import dev.katib.archive.Archive;
import dev.katib.archive.FileKind;
import dev.katib.archive.StoreRequest;
import dev.katib.paper.LetterArchived;
import dev.katib.platform.KatibException;
import dev.katib.support.FakeWhatsApp;
import dev.katib.support.IntegrationTest;
import dev.katib.support.TestAccounts.TestOrganisation;

/** Letters sent as WhatsApp documents through the organisation's own account, against a fake Cloud API. */
class WhatsAppDeliveryIntegrationTests extends IntegrationTest {

	static final String PHONE_NUMBER_ID = "106540352242922";
	static final String TOKEN = "EAAGtestaccesstoken0123456789";
	static final String APP_SECRET = "app-secret-0123456789abcdef";
	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	Deliveries deliveries;

	@Autowired
	Archive archive;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactionManager;

	private FakeWhatsApp whatsapp;
	private TestOrganisation org;

	@BeforeEach
	void start() throws IOException {
		whatsapp = new FakeWhatsApp(PHONE_NUMBER_ID, TOKEN);
		org = accounts.organisation();
	}

	@AfterEach
	void stop() {
		whatsapp.close();
	}

	@Test
	void theSignedPdfGoesOutAsADocumentAndWhatsAppsSignedStatusReportsAreKept() throws Exception {
		byte[] pdf = pdf();
		UUID letter = archivedLetter(pdf);
		JsonNode account = save(Map.of("apiUrl", whatsapp.apiUrl(), "phoneNumberId", PHONE_NUMBER_ID, "token", TOKEN,
				"appSecret", APP_SECRET), 200);
		assertThat(account.path("token").asString()).isEqualTo("••••6789");
		assertThat(account.toString()).doesNotContain(TOKEN).doesNotContain(APP_SECRET);
		String callback = baseUrl() + URI.create(account.path("callbackUrl").asString()).getPath();
		String challenge = client().get().uri(callback + "?hub.mode=subscribe&hub.verify_token="
				+ account.path("verifyToken").asString() + "&hub.challenge=1158201444")
			.exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
		assertThat(challenge).isEqualTo("1158201444");
		client().get().uri(callback + "?hub.mode=subscribe&hub.verify_token=guess&hub.challenge=1")
			.exchange().expectStatus().isForbidden();

		deliveries.deliver(owner(org), letter, Channel.WHATSAPP, "+966 50 000 0001");

		FakeWhatsApp.Document sent = await().atMost(Duration.ofSeconds(30))
			.until(() -> whatsapp.documents().stream().findFirst().orElse(null), d -> d != null);
		assertThat(sent.to()).isEqualTo("966500000001");
		assertThat(sent.content()).isEqualTo(pdf);
		assertThat(sent.fileName()).endsWith(".pdf");
		assertThat(sent.caption()).contains("KTB-");
		await().atMost(Duration.ofSeconds(10))
			.until(() -> deliveries.ofLetter(owner(org), letter).getFirst().status().equals("DELIVERED"));

		assertThat(FakeWhatsApp.report(callback, "not-the-app-secret", sent.messageId(), "read", 1_800_000_000)).isEqualTo(401);
		assertThat(FakeWhatsApp.report(callback, APP_SECRET, sent.messageId(), "delivered", 1_800_000_000)).isEqualTo(200);
		assertThat(FakeWhatsApp.report(callback, APP_SECRET, sent.messageId(), "sent", 1_799_999_990)).isEqualTo(200);
		assertThat(deliveries.ofLetter(owner(org), letter).getFirst().providerStatus()).isEqualTo("delivered");
	}

	@Test
	void withoutItsOwnAccountAnOrganisationCannotSendByWhatsAppAndBadSettingsAreRefused() throws Exception {
		UUID letter = archivedLetter(pdf());

		assertThatThrownBy(() -> deliveries.deliver(owner(org), letter, Channel.WHATSAPP, "+966500000001"))
			.isInstanceOfSatisfying(KatibException.class,
					e -> assertThat(e.type().slug()).isEqualTo("delivery-channel-unavailable"));
		assertThat(save(Map.of("apiUrl", "file:///etc/passwd", "phoneNumberId", PHONE_NUMBER_ID, "token", TOKEN,
				"appSecret", APP_SECRET), 400).path("detail").asString()).contains("https://");
		assertThat(save(Map.of("phoneNumberId", PHONE_NUMBER_ID), 400).path("detail").asString()).contains("first time");
		assertThat(save(Map.of("phoneNumberId", "+966500000001", "token", TOKEN, "appSecret", APP_SECRET), 400)
			.path("field").asString()).isEqualTo("phoneNumberId");
		assertThat(save(Map.of("phoneNumberId", PHONE_NUMBER_ID, "token", "short", "appSecret", APP_SECRET), 400)
			.path("field").asString()).isEqualTo("token");
		client().get().uri("/api/v1/delivery/whatsapp").header("Authorization", accounts.bearer(org.owner()))
			.exchange().expectStatus().isNotFound();
		client().get().uri("/api/v1/delivery/whatsapp")
			.header("Authorization", accounts.bearer(accounts.member(org, Role.WRITER)))
			.exchange().expectStatus().isForbidden();
	}

	@Test
	void aReportToAnotherOrganisationsCallbackChangesNothingOfThisOne() throws Exception {
		UUID letter = archivedLetter(pdf());
		save(Map.of("apiUrl", whatsapp.apiUrl(), "phoneNumberId", PHONE_NUMBER_ID, "token", TOKEN, "appSecret", APP_SECRET),
				200);
		deliveries.deliver(owner(org), letter, Channel.WHATSAPP, "+966500000002");
		FakeWhatsApp.Document sent = await().atMost(Duration.ofSeconds(30))
			.until(() -> whatsapp.documents().stream().findFirst().orElse(null), d -> d != null);
		TestOrganisation other = accounts.organisation();
		JsonNode theirs = put(other, Map.of("apiUrl", whatsapp.apiUrl(), "phoneNumberId", PHONE_NUMBER_ID, "token", TOKEN,
				"appSecret", APP_SECRET), 200);

		String theirCallback = baseUrl() + URI.create(theirs.path("callbackUrl").asString()).getPath();
		assertThat(FakeWhatsApp.report(theirCallback, APP_SECRET, sent.messageId(), "read", 1_800_000_000)).isEqualTo(200);

		assertThat(deliveries.ofLetter(owner(org), letter).getFirst().providerStatus()).isNull();
	}

	private JsonNode save(Map<String, Object> body, int status) {
		return put(org, body, status);
	}

	private JsonNode put(TestOrganisation organisation, Map<String, Object> body, int status) {
		byte[] answer = client().put().uri("/api/v1/delivery/whatsapp")
			.header("Authorization", accounts.bearer(organisation.owner()))
			.contentType(MediaType.APPLICATION_JSON)
			.body(JSON.writeValueAsBytes(body))
			.exchange().expectStatus().isEqualTo(status)
			.expectBody().returnResult().getResponseBody();
		return JSON.readTree(answer);
	}

	private UUID archivedLetter(byte[] pdf) {
		UUID letter = UUID.randomUUID();
		var stored = archive.store(new StoreRequest(org.tenantId(), null, FileKind.LETTER, "letter.pdf",
				"application/pdf", pdf, "letter", letter.toString(), "A letter", null, Map.of(), null, null));
		new TransactionTemplate(transactionManager).executeWithoutResult(status -> events
			.publishEvent(new LetterArchived(org.tenantId(), letter, 1, stored.id(), "KTB-" + letter.toString().substring(0, 8),
					clock.instant())));
		// paper's event reaches delivery after its transaction commits: wait until the letter is known (before the
		// organisation has a WhatsApp account, a known letter is refused for the channel, an unknown one not found)
		await().atMost(Duration.ofSeconds(20)).until(() -> {
			try {
				deliveries.deliver(owner(org), letter, Channel.WHATSAPP, "+966500000009");
				throw new AssertionError("the organisation has no WhatsApp account yet");
			}
			catch (KatibException e) {
				return !e.type().slug().equals("not-found");
			}
		});
		return letter;
	}

	private static Caller owner(TestOrganisation org) {
		return new Caller(org.tenantId(), org.owner().memberId(), "Owner", Set.of(Role.OWNER), Locale.ENGLISH, null);
	}

	private static byte[] pdf() throws IOException {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.addPage(new PDPage());
			document.save(out);
			return out.toByteArray();
		}
	}
}
