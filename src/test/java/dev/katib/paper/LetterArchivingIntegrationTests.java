package dev.katib.paper;

import java.nio.charset.StandardCharsets;

import org.apache.pdfbox.Loader;
import org.apache.xmpbox.xml.DomXmpParser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import dev.katib.accounts.Role;
import dev.katib.archive.Archive;
import dev.katib.archive.StoredFile;
import dev.katib.archive.VerificationCodes;
import dev.katib.archive.VerifiedDocument;
import dev.katib.documents.Letterheads;
import dev.katib.documents.Verification;
import dev.katib.letters.LetterStatus;
import dev.katib.letters.LetterTransition;
import dev.katib.letters.LetterTransitioned;
import dev.katib.letters.LetterHistory;
import dev.katib.paper.archiving.LetterArchiving;
import dev.katib.support.IntegrationTest;
import dev.katib.support.TestAccounts.Account;
import dev.katib.support.TestAccounts.TestOrganisation;

class LetterArchivingIntegrationTests extends IntegrationTest {

	@Autowired
	dev.katib.letters.LetterFixtures letterFixtures;

	static final String NUMBER = PaperFixtures.NUMBER;

	@Autowired
	LetterHistory history;

	@Autowired
	Letterheads letterheads;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	LetterArchiving papers;

	@Autowired
	Archive archive;

	@Autowired
	VerificationCodes codes;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	PaperFixtures fixtures;

	TestOrganisation org;

	Account writer;

	Account signer;

	@BeforeEach
	void organisationWithALetterhead() {
		fixtures = new PaperFixtures(letterFixtures, letterheads, jdbc);
		org = accounts.organisation();
		writer = accounts.member(org, Role.WRITER);
		signer = accounts.member(org, Role.SIGNER);
		fixtures.activeLetterhead(org.tenantId());
	}

	@Test
	void aSignedLetterIsArchivedOnceEvenWhenTheEventRepeatsAndItsPdfIsTheArchivedOne() throws Exception {
		UUID letter = fixtures.arabicLetter(org.tenantId(), writer.memberId());
		sign(letter);

		transitioned(letter, "APPROVED", "SIGNED");
		transitioned(letter, "APPROVED", "SIGNED");
		await().atMost(Duration.ofSeconds(30)).until(() -> papers.archivedVerification(org.tenantId(), letter).isPresent());
		fixtures.status(letter, "SENT");
		transitioned(letter, "SIGNED", "SENT");
		await().atMost(Duration.ofSeconds(30))
			.until(() -> "SENT".equals(archivedFile(letter).attributes().get("status")));

		assertThat(papers.archive(org.tenantId(), letter, signer.memberId())).isFalse();
		assertThat(jdbc.sql("SELECT count(*) FROM archive_file WHERE tenant_id = ? AND subject_id = ?")
			.params(org.tenantId(), letter.toString())
			.query(Long.class)
			.single()).isEqualTo(1);

		Verification verification = papers.archivedVerification(org.tenantId(), letter).orElseThrow();
		assertThat(verification.url().toString()).endsWith("/verify/" + verification.code());
		StoredFile file = archivedFile(letter);
		assertThat(file.verificationCode()).isEqualTo(verification.code());
		assertThat(file.attributes()).containsEntry("number", NUMBER);

		var download = client().get()
			.uri("/api/v1/letters/{id}/pdf", letter)
			.header(HttpHeaders.AUTHORIZATION, accounts.bearer(writer))
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(byte[].class);
		byte[] pdf = download.getResponseBody();
		assertThat(download.getResponseHeaders().getContentDisposition().getFilename()).isEqualTo("OUT-1448-000123.pdf");
		assertThat(sha256(pdf)).isEqualTo(file.sha256());
		VerifiedDocument verified = codes.lookUp(verification.code()).orElseThrow();
		assertThat(codes.matches(verified, pdf)).isTrue();
		String text = PaperFixtures.text(pdf);
		assertThat(text).contains(verification.code()).contains("أحمد السالم").doesNotContain("مسودة");

		Files.createDirectories(Path.of("target/paper"));
		Files.write(Path.of("target/paper/signed-arabic-letter.pdf"), pdf);
	}

	@Test
	void theArchivedPdfIsPdfA3uCarryingTheLetterAsJson() throws Exception {
		UUID letter = fixtures.arabicLetter(org.tenantId(), writer.memberId());
		sign(letter);
		assertThat(papers.archive(org.tenantId(), letter, signer.memberId())).isTrue();

		byte[] pdf = archive.open(org.tenantId(), archivedFile(letter).id()).bytes();
		try (var document = Loader.loadPDF(pdf)) {
			var xmp = new DomXmpParser().parse(document.getDocumentCatalog().getMetadata().toByteArray());
			assertThat(xmp.getPDFAIdentificationSchema().getPart()).isEqualTo(3);
			assertThat(xmp.getPDFAIdentificationSchema().getConformance()).isEqualTo("U");
			byte[] json = document.getDocumentCatalog().getNames().getEmbeddedFiles().getNames().get("letter.json")
				.getEmbeddedFile().toByteArray();
			assertThat(new String(json, StandardCharsets.UTF_8)).contains("\"number\" : \"" + NUMBER + "\"")
				.contains("\"algorithm\" : \"SHA-256\"")
				.contains(papers.archivedVerification(org.tenantId(), letter).orElseThrow().code());
		}
	}

	@Test
	void theWordDocumentOfAnArchivedLetterCarriesItsNumberAndVerificationCode() throws Exception {
		UUID letter = fixtures.arabicLetter(org.tenantId(), writer.memberId());
		sign(letter);
		assertThat(papers.archive(org.tenantId(), letter, signer.memberId())).isTrue();

		byte[] docx = client().get()
			.uri("/api/v1/letters/{id}/docx", letter)
			.header(HttpHeaders.AUTHORIZATION, accounts.bearer(writer))
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(byte[].class)
			.getResponseBody();

		String xml = LetterPaperIntegrationTests.documentXml(docx);
		assertThat(xml).contains(papers.archivedVerification(org.tenantId(), letter).orElseThrow().code());
	}

	@Test
	void aSignedLetterDownloadedBeforeItsEventArrivesIsArchivedFirst() throws Exception {
		UUID letter = fixtures.englishLetter(org.tenantId(), writer.memberId());
		sign(letter);

		byte[] pdf = client().get()
			.uri("/api/v1/letters/{id}/pdf", letter)
			.header(HttpHeaders.AUTHORIZATION, accounts.bearer(writer))
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(byte[].class)
			.getResponseBody();

		Verification verification = papers.archivedVerification(org.tenantId(), letter).orElseThrow();
		assertThat(sha256(pdf)).isEqualTo(archivedFile(letter).sha256());
		assertThat(PaperFixtures.text(pdf)).contains(verification.code()).contains(NUMBER).doesNotContain("DRAFT");
	}

	@Test
	void aLetterSignedThroughTheWorkflowIsArchivedWithTheNumberItWasIssued() {
		Account reviewer = accounts.member(org, Role.REVIEWER);
		UUID letter = fixtures.arabicLetter(org.tenantId(), writer.memberId());

		transition(writer, letter, "submit");
		transition(reviewer, letter, "approve");
		Map<String, Object> signed = transition(signer, letter, "sign");
		await().atMost(Duration.ofSeconds(30)).until(() -> papers.archivedVerification(org.tenantId(), letter).isPresent());

		assertThat(signed).containsEntry("status", "SIGNED");
		String number = String.valueOf(signed.get("number"));
		StoredFile file = archivedFile(letter);
		assertThat(file.attributes()).containsEntry("number", number).containsEntry("status", "SIGNED");
		assertThat(file.storedBy()).isEqualTo(signer.memberId());
		String code = papers.archivedVerification(org.tenantId(), letter).orElseThrow().code();
		assertThat(PaperFixtures.text(archive.open(org.tenantId(), file.id()).bytes())).contains(code);

		Map<String, Object> json = client().get()
			.uri("/api/v1/letters/{id}", letter)
			.header(HttpHeaders.AUTHORIZATION, accounts.bearer(writer))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
		assertThat(json).containsEntry("status", "SIGNED")
			.containsEntry("number", number)
			.containsEntry("issuedOn", signed.get("issuedOn"))
			.containsEntry("verification", Map.of("code", code, "url", "http://localhost:8080/verify/" + code));
	}

	private Map<String, Object> transition(Account account, UUID letter, String action) {
		return client().post()
			.uri("/api/v1/letters/{id}/{action}", letter, action)
			.header(HttpHeaders.AUTHORIZATION, accounts.bearer(account))
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
	}

	@Test
	void aLetterNotYetSignedIsNotArchived() {
		UUID letter = fixtures.arabicLetter(org.tenantId(), writer.memberId());
		fixtures.status(letter, "APPROVED");

		assertThat(papers.archive(org.tenantId(), letter, writer.memberId())).isFalse();
		assertThat(papers.archivedVerification(org.tenantId(), letter)).isEmpty();
		assertThat(papers.archivedVerification(accounts.organisation().tenantId(), letter)).isEmpty();
	}

	private void sign(UUID letter) {
		fixtures.sign(org.tenantId(), letter, signer.memberId());
	}

	private void transitioned(UUID letter, String from, String to) {
		transactions.executeWithoutResult(status -> events.publishEvent(new LetterTransitioned(org.tenantId(), letter,
				to.equals("SIGNED") ? LetterTransition.SIGN : LetterTransition.SEND, LetterStatus.valueOf(from),
				LetterStatus.valueOf(to), signer.memberId(), "signer", 1, clock.instant(), null)));
	}

	private StoredFile archivedFile(UUID letter) {
		UUID fileId = jdbc.sql("SELECT file_id FROM paper_archived_letter WHERE letter_id = ?")
			.params(letter)
			.query(UUID.class)
			.single();
		return archive.find(org.tenantId(), fileId).orElseThrow();
	}

	static String sha256(byte[] bytes) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
	}
}
