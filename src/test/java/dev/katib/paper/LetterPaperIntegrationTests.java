package dev.katib.paper;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.katib.accounts.Role;
import dev.katib.documents.Letterheads;
import dev.katib.letters.LetterHistory;
import dev.katib.letters.VersionSource;
import dev.katib.support.IntegrationTest;
import dev.katib.support.TestAccounts.Account;
import dev.katib.support.TestAccounts.TestOrganisation;

class LetterPaperIntegrationTests extends IntegrationTest {

	@Autowired
	dev.katib.letters.LetterFixtures letterFixtures;

	private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	@Autowired
	LetterHistory history;

	@Autowired
	Letterheads letterheads;

	@Autowired
	JdbcClient jdbc;

	PaperFixtures fixtures;

	TestOrganisation org;

	Account writer;

	@BeforeEach
	void organisationWithALetterhead() {
		fixtures = new PaperFixtures(letterFixtures, letterheads, jdbc);
		org = accounts.organisation();
		writer = accounts.member(org, Role.WRITER);
		fixtures.activeLetterhead(org.tenantId());
	}

	@Test
	void aDraftPrintsWithTheDraftWatermarkAndTheApprovedLetterWithout() {
		UUID letter = fixtures.englishLetter(org.tenantId(), writer.memberId());

		var draft = client().get()
			.uri("/api/v1/letters/{id}/pdf", letter)
			.header(HttpHeaders.AUTHORIZATION, accounts.bearer(writer))
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType("application/pdf")
			.returnResult(byte[].class);
		assertThat(draft.getResponseHeaders().getContentDisposition().getType()).isEqualTo("attachment");
		assertThat(draft.getResponseHeaders().getContentDisposition().getFilename()).endsWith(" v1.pdf");
		String draftText = PaperFixtures.text(draft.getResponseBody());
		assertThat(draftText).contains("DRAFT").contains("third-quarter report");

		fixtures.status(letter, "APPROVED");
		byte[] approved = pdf(letter, null);

		assertThat(PaperFixtures.text(approved)).doesNotContain("DRAFT").contains("third-quarter report");
	}

	@Test
	void anOrganisationWithNoLetterheadYetPrintsOnAPlainOneBearingItsName() {
		TestOrganisation fresh = accounts.organisation();
		Account freshWriter = accounts.member(fresh, Role.WRITER);
		UUID letter = fixtures.englishLetter(fresh.tenantId(), freshWriter.memberId());

		byte[] pdf = client().get()
			.uri("/api/v1/letters/{id}/pdf", letter)
			.header(HttpHeaders.AUTHORIZATION, accounts.bearer(freshWriter))
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(byte[].class)
			.getResponseBody();

		assertThat(PaperFixtures.text(pdf)).contains("Test organisation").contains("third-quarter report");
		assertThat(letterheads.versions(fresh.tenantId())).singleElement()
			.satisfies(version -> assertThat(version.letterhead().englishName()).startsWith("Test organisation"));
		assertThat(letterheads.active(fresh.tenantId())).isPresent();
	}

	@Test
	void printsTheVersionAskedForAndTheCurrentOneByDefault() {
		UUID letter = fixtures.englishLetter(org.tenantId(), writer.memberId());
		letterFixtures.edited(org.tenantId(), letter, writer.memberId(),
				PaperFixtures.content(PaperFixtures.english("Please confirm the venue of the annual meeting")));

		assertThat(PaperFixtures.text(pdf(letter, 1))).contains("third-quarter report").doesNotContain("annual meeting");
		assertThat(PaperFixtures.text(pdf(letter, null))).contains("annual meeting");
		client().get()
			.uri("/api/v1/letters/{id}/pdf?version=3", letter)
			.header(HttpHeaders.AUTHORIZATION, accounts.bearer(writer))
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType("application/problem+json")
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:katib:problem:not-found");
	}

	@Test
	void anOlderVersionOfAnApprovedLetterStillPrintsAsADraft() {
		UUID letter = fixtures.englishLetter(org.tenantId(), writer.memberId());
		letterFixtures.edited(org.tenantId(), letter, writer.memberId(),
				PaperFixtures.content(PaperFixtures.english("Please confirm the venue of the annual meeting")));
		fixtures.status(letter, "APPROVED");

		assertThat(PaperFixtures.text(pdf(letter, 1))).contains("DRAFT");
		assertThat(PaperFixtures.text(pdf(letter, 2))).doesNotContain("DRAFT");
	}

	@Test
	void theSameVersionGivesTheSameBytes() {
		UUID letter = fixtures.arabicLetter(org.tenantId(), writer.memberId());

		assertThat(pdf(letter, 1)).isEqualTo(pdf(letter, null));
	}

	@Test
	void writesTheLetterAsAWordDocument() throws IOException {
		UUID letter = fixtures.englishLetter(org.tenantId(), writer.memberId());

		var result = client().get()
			.uri("/api/v1/letters/{id}/docx?version=1", letter)
			.header(HttpHeaders.AUTHORIZATION, accounts.bearer(writer))
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType(DOCX)
			.returnResult(byte[].class);

		assertThat(result.getResponseHeaders().getContentDisposition().getFilename()).endsWith(" v1.docx");
		assertThat(documentXml(result.getResponseBody())).contains("third-quarter report");
	}

	@Test
	void anotherOrganisationsLetterIsNotFoundAndStrangersAreRefused() {
		UUID letter = fixtures.englishLetter(org.tenantId(), writer.memberId());
		TestOrganisation other = accounts.organisation();
		String outsider = accounts.bearer(accounts.member(other, Role.WRITER));

		for (String format : new String[] { "pdf", "docx" }) {
			client().get()
				.uri("/api/v1/letters/{id}/" + format, letter)
				.header(HttpHeaders.AUTHORIZATION, outsider)
				.exchange()
				.expectStatus()
				.isNotFound();
			client().get()
				.uri("/api/v1/letters/{id}/" + format, UUID.randomUUID())
				.header(HttpHeaders.AUTHORIZATION, accounts.bearer(writer))
				.exchange()
				.expectStatus()
				.isNotFound();
			client().get().uri("/api/v1/letters/{id}/" + format, letter).exchange().expectStatus().isUnauthorized();
		}
	}

	@Test
	void theLetterPageLinksDownloadWithTheSignedInSession() {
		UUID letter = fixtures.arabicLetter(org.tenantId(), writer.memberId());
		String cookie = accounts.sessionCookie(baseUrl(), writer);

		byte[] pdf = client().get()
			.uri("/letters/{id}/pdf", letter)
			.header(HttpHeaders.COOKIE, cookie)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType("application/pdf")
			.returnResult(byte[].class)
			.getResponseBody();
		client().get()
			.uri("/letters/{id}/docx", letter)
			.header(HttpHeaders.COOKIE, cookie)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType(DOCX);

		assertThat(PaperFixtures.text(pdf)).contains("السلام عليكم ورحمة الله وبركاته").contains("سارة القحطاني");
	}

	private byte[] pdf(UUID letter, Integer version) {
		return client().get()
			.uri(version == null ? "/api/v1/letters/{id}/pdf" : "/api/v1/letters/{id}/pdf?version=" + version, letter)
			.header(HttpHeaders.AUTHORIZATION, accounts.bearer(writer))
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(byte[].class)
			.getResponseBody();
	}

	static String documentXml(byte[] docx) throws IOException {
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (entry.getName().equals("word/document.xml")) {
					return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
				}
			}
		}
		throw new AssertionError("not a Word document");
	}
}
