package dev.katib.paper;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.util.MultiValueMap;

import dev.katib.accounts.Role;
import dev.katib.archive.Archive;
import dev.katib.documents.Letterheads;
import dev.katib.letters.LetterAttachments;
import dev.katib.letters.LetterFixtures;
import dev.katib.paper.archiving.LetterArchiving;
import dev.katib.support.IntegrationTest;
import dev.katib.support.TestAccounts.Account;
import dev.katib.support.TestAccounts.TestOrganisation;

/** Files that go with a letter: attached while it may change, counted on paper, kept by the archive. */
class LetterAttachmentsIntegrationTests extends IntegrationTest {

	@Autowired
	LetterFixtures letterFixtures;

	@Autowired
	Letterheads letterheads;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Archive archive;

	@Autowired
	LetterAttachments letterAttachments;

	@Autowired
	LetterArchiving papers;

	PaperFixtures fixtures;

	TestOrganisation org;

	Account writer;

	UUID letter;

	@BeforeEach
	void aDraftLetter() {
		fixtures = new PaperFixtures(letterFixtures, letterheads, jdbc);
		org = accounts.organisation();
		writer = accounts.member(org, Role.WRITER);
		fixtures.activeLetterhead(org.tenantId());
		letter = fixtures.englishLetter(org.tenantId(), writer.memberId());
	}

	@Test
	void theWriterAttachesFilesThatTheLetterCountsAndAColleagueDownloads() {
		Account viewer = accounts.member(org, Role.VIEWER);
		attach(writer, "programme.txt", "Programme of the training week".getBytes())
			.expectStatus().isCreated()
			.expectHeader().exists(HttpHeaders.LOCATION)
			.expectBody().jsonPath("$.contentType").isEqualTo("text/plain")
			.jsonPath("$.filename").isEqualTo("programme.txt");
		String id = firstId(writer);
		attach(writer, "invitees.txt", "Names of the invitees".getBytes()).expectStatus().isCreated();

		client().get().uri("/api/v1/letters/{id}/attachments", letter).header(HttpHeaders.AUTHORIZATION, accounts.bearer(viewer))
			.exchange()
			.expectStatus().isOk()
			.expectBody().jsonPath("$.length()").isEqualTo(2).jsonPath("$[1].filename").isEqualTo("invitees.txt");
		var download = client().get().uri("/api/v1/letters/{id}/attachments/{file}/content", letter, id)
			.header(HttpHeaders.AUTHORIZATION, accounts.bearer(viewer))
			.exchange()
			.expectStatus().isOk()
			.expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
			.returnResult(byte[].class);
		assertThat(new String(download.getResponseBody())).isEqualTo("Programme of the training week");
		assertThat(download.getResponseHeaders().getContentDisposition().getType()).isEqualTo("attachment");

		byte[] pdf = client().get().uri("/api/v1/letters/{id}/pdf", letter)
			.header(HttpHeaders.AUTHORIZATION, accounts.bearer(writer))
			.exchange()
			.expectStatus().isOk()
			.returnResult(byte[].class)
			.getResponseBody();
		assertThat(PaperFixtures.text(pdf)).contains("Attachments: 2");
	}

	@Test
	void theSignedArchivedLetterCountsItsFilesAndCarriesTheirFingerprintsInItsData() throws Exception {
		byte[] programme = "Programme of the training week".getBytes();
		attach(writer, "programme.txt", programme).expectStatus().isCreated();
		Account signer = accounts.member(org, Role.SIGNER);
		fixtures.sign(org.tenantId(), letter, signer.memberId());

		assertThat(papers.archive(org.tenantId(), letter, signer.memberId())).isTrue();

		UUID fileId = jdbc.sql("SELECT file_id FROM paper_archived_letter WHERE letter_id = ?").params(letter)
			.query(UUID.class).single();
		byte[] pdf = archive.open(org.tenantId(), fileId).bytes();
		assertThat(PaperFixtures.text(pdf)).contains("Attachments: 1");
		try (var document = Loader.loadPDF(pdf)) {
			String json = new String(document.getDocumentCatalog().getNames().getEmbeddedFiles().getNames()
				.get("letter.json").getEmbeddedFile().toByteArray(), StandardCharsets.UTF_8);
			assertThat(json).contains("\"filename\" : \"programme.txt\"")
				.contains("\"sha256\" : \"" + LetterArchivingIntegrationTests.sha256(programme) + "\"");
		}
	}

	@Test
	void onlyWhileTheLetterMayChangeAndOnlyByThoseWhoMayChangeIt() {
		attach(writer, "a.txt", "first".getBytes()).expectStatus().isCreated();
		String id = firstId(writer);
		Account viewer = accounts.member(org, Role.VIEWER);
		Account colleague = accounts.member(org, Role.WRITER);
		TestOrganisation other = accounts.organisation();

		attach(viewer, "b.txt", "x".getBytes()).expectStatus().isForbidden();
		attach(colleague, "b.txt", "x".getBytes()).expectStatus().isForbidden();
		attach(other.owner(), "b.txt", "x".getBytes()).expectStatus().isNotFound();
		client().get().uri("/api/v1/letters/{id}/attachments/{file}/content", letter, id)
			.header(HttpHeaders.AUTHORIZATION, accounts.bearer(other.owner()))
			.exchange()
			.expectStatus().isNotFound();

		fixtures.status(letter, "IN_REVIEW");
		attach(writer, "late.txt", "too late".getBytes())
			.expectStatus().isEqualTo(409)
			.expectBody().jsonPath("$.type").isEqualTo("urn:katib:problem:letter-not-editable");
		client().delete().uri("/api/v1/letters/{id}/attachments/{file}", letter, id)
			.header(HttpHeaders.AUTHORIZATION, accounts.bearer(writer))
			.exchange()
			.expectStatus().isEqualTo(409);
		assertThat(attachments().ofLetter(org.tenantId(), letter)).hasSize(1);
	}

	@Test
	void aRemovedFileIsGoneFromTheLetterAndTheArchive() {
		attach(writer, "a.txt", "first".getBytes()).expectStatus().isCreated();
		UUID id = UUID.fromString(firstId(writer));

		client().delete().uri("/api/v1/letters/{id}/attachments/{file}", letter, id)
			.header(HttpHeaders.AUTHORIZATION, accounts.bearer(writer))
			.exchange()
			.expectStatus().isNoContent();

		assertThat(attachments().ofLetter(org.tenantId(), letter)).isEmpty();
		assertThat(archive.find(org.tenantId(), id)).isEmpty();
		assertThat(jdbc.sql("SELECT action FROM audit_entry WHERE tenant_id = ? AND target_id = ? ORDER BY sequence")
			.params(org.tenantId(), letter.toString()).query(String.class).list())
			.containsSubsequence("letters.attachment-added", "letters.attachment-removed");
		client().get().uri("/api/v1/letters/{id}/attachments/{file}/content", letter, id)
			.header(HttpHeaders.AUTHORIZATION, accounts.bearer(writer))
			.exchange()
			.expectStatus().isNotFound();
	}

	@Test
	void refusesProgramsEmptyFilesAndTheEleventhFileAndStoresNothingForThem() {
		byte[] zip = { 'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 };
		attach(writer, "report.pdf", zip)
			.expectStatus().isEqualTo(415)
			.expectBody().jsonPath("$.type").isEqualTo("urn:katib:problem:unsupported-file");
		attach(writer, "empty.txt", new byte[0])
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.type").isEqualTo("urn:katib:problem:validation-failed");
		for (int i = 0; i < LetterAttachments.MAX_PER_LETTER; i++) {
			attach(writer, "page-" + i + ".txt", ("page " + i).getBytes()).expectStatus().isCreated();
		}
		attach(writer, "one-more.txt", "one more".getBytes())
			.expectStatus().isEqualTo(409)
			.expectBody().jsonPath("$.type").isEqualTo("urn:katib:problem:attachments-limit-reached");

		assertThat(attachments().ofLetter(org.tenantId(), letter)).hasSize(LetterAttachments.MAX_PER_LETTER);
		assertThat(jdbc.sql("SELECT count(*) FROM archive_file WHERE tenant_id = ?").param(org.tenantId())
			.query(Integer.class).single()).isEqualTo(LetterAttachments.MAX_PER_LETTER);
	}

	@Test
	void theLetterPageAttachsAndListsFilesUnderTheirEscapedNames() {
		String cookie = accounts.sessionCookie(baseUrl(), writer);
		String page = client().get().uri("/letters/{id}?lang=en", letter).header("Cookie", cookie)
			.exchange().expectBody(String.class).returnResult().getResponseBody();
		Matcher csrf = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(page);
		assertThat(csrf.find()).isTrue();
		assertThat(page).contains("No files go with this letter.");
		MultipartBodyBuilder form = new MultipartBodyBuilder();
		form.part("_csrf", csrf.group(1));
		form.part("file", new ByteArrayResource("قائمة المدعوين".getBytes()) {
			@Override
			public String getFilename() {
				return "<b>المدعوون</b>.txt";
			}
		});

		client().post().uri("/letters/{id}/attachments?lang=en", letter).header("Cookie", cookie)
			.contentType(MediaType.MULTIPART_FORM_DATA).body(form.build())
			.exchange()
			.expectStatus().isFound();

		String after = client().get().uri("/letters/{id}?lang=en", letter).header("Cookie", cookie)
			.exchange().expectBody(String.class).returnResult().getResponseBody();
		assertThat(after).contains("The file is attached.")
			.contains("&lt;b&gt;المدعوون&lt;_b&gt;.txt")
			.contains("1 KB")
			.doesNotContain("<b>المدعوون</b>")
			.contains("data-confirm=\"Remove");
	}

	private LetterAttachments attachments() {
		return letterAttachments;
	}

	private String firstId(Account who) {
		String json = client().get().uri("/api/v1/letters/{id}/attachments", letter)
			.header(HttpHeaders.AUTHORIZATION, accounts.bearer(who))
			.exchange()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		Matcher id = Pattern.compile("\"id\":\"([^\"]+)\"").matcher(json);
		assertThat(id.find()).isTrue();
		return id.group(1);
	}

	private RestTestClient.ResponseSpec attach(Account who, String filename, byte[] content) {
		return client().post().uri("/api/v1/letters/{id}/attachments", letter)
			.header(HttpHeaders.AUTHORIZATION, accounts.bearer(who))
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(file(filename, content))
			.exchange();
	}

	private static MultiValueMap<String, HttpEntity<?>> file(String name, byte[] content) {
		MultipartBodyBuilder body = new MultipartBodyBuilder();
		body.part("file", new ByteArrayResource(content) {
			@Override
			public String getFilename() {
				return name;
			}
		}).contentType(MediaType.APPLICATION_OCTET_STREAM);
		return body.build();
	}
}
