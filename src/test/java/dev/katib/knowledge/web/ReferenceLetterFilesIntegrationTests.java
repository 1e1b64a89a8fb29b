package dev.katib.knowledge.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.util.MultiValueMap;

import dev.katib.accounts.Role;
import dev.katib.support.IntegrationTest;
import dev.katib.support.TestAccounts.Account;

/** Reference letters read from PDF, Word and text documents, by type sniffed from their content. */
class ReferenceLetterFilesIntegrationTests extends IntegrationTest {

	private static final String API = "/api/v1/knowledge/reference-letters/file";
	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	@Test
	void anAdministratorAddsAReferenceLetterFromAWordDocument() throws IOException {
		var organisation = accounts.organisation();
		Account admin = accounts.member(organisation, Role.ADMIN);

		client().post().uri(API).header("Authorization", accounts.bearer(admin))
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(upload("request", "letter.docx", docx("سعادة مدير إدارة المرافق", "نرجو التكرم بتجهيز القاعة.")))
			.exchange()
			.expectStatus().isCreated()
			.expectHeader().exists("Location")
			.expectBody()
			.jsonPath("$.category").isEqualTo("request")
			.jsonPath("$.text").isEqualTo("سعادة مدير إدارة المرافق\nنرجو التكرم بتجهيز القاعة.");

		client().get().uri("/api/v1/knowledge/reference-letters?category=request")
			.header("Authorization", accounts.bearer(admin))
			.exchange()
			.expectBody().jsonPath("$[0].text").isEqualTo("سعادة مدير إدارة المرافق\nنرجو التكرم بتجهيز القاعة.");
	}

	@Test
	void readsArabicPlainTextSavedAsWindows1256WhateverTheFileIsCalled() {
		var organisation = accounts.organisation();
		byte[] legacy = "نشكركم على تعاونكم الدائم معنا في خدمة المجتمع.".getBytes(Charset.forName("windows-1256"));

		client().post().uri(API).header("Authorization", accounts.bearer(organisation.owner()))
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(upload("request", "scan.pdf", legacy))
			.exchange()
			.expectStatus().isCreated()
			.expectBody().jsonPath("$.text").isEqualTo("نشكركم على تعاونكم الدائم معنا في خدمة المجتمع.");
	}

	@Test
	void refusesPicturesEmptyScansAndWritersWithProblemsAndStoresNothing() throws IOException {
		var organisation = accounts.organisation();
		Account admin = accounts.member(organisation, Role.ADMIN);
		Account writer = accounts.member(organisation, Role.WRITER);

		client().post().uri(API).header("Authorization", accounts.bearer(admin))
			.contentType(MediaType.MULTIPART_FORM_DATA).body(upload("request", "letter.pdf", png()))
			.exchange()
			.expectStatus().isEqualTo(415)
			.expectBody().jsonPath("$.type").isEqualTo("urn:katib:problem:unsupported-file");
		client().post().uri(API).header("Authorization", accounts.bearer(admin))
			.contentType(MediaType.MULTIPART_FORM_DATA).body(upload("request", "scan.pdf", blankPdf()))
			.exchange()
			.expectStatus().isEqualTo(422)
			.expectBody().jsonPath("$.type").isEqualTo("urn:katib:problem:document-without-text");
		client().post().uri(API).header("Authorization", accounts.bearer(admin))
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(upload("request", "long.txt", "نص طويل. ".repeat(800).getBytes()))
			.exchange()
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.type").isEqualTo("urn:katib:problem:validation-failed");
		client().post().uri(API).header("Authorization", accounts.bearer(admin))
			.contentType(MediaType.MULTIPART_FORM_DATA).body(upload("no-such-category", "a.txt", "نص".getBytes()))
			.exchange()
			.expectStatus().isBadRequest();
		client().post().uri(API).header("Authorization", accounts.bearer(writer))
			.contentType(MediaType.MULTIPART_FORM_DATA).body(upload("request", "a.txt", "نص الخطاب".getBytes()))
			.exchange()
			.expectStatus().isForbidden();

		client().get().uri("/api/v1/knowledge/reference-letters").header("Authorization", accounts.bearer(admin))
			.exchange()
			.expectBody().jsonPath("$.length()").isEqualTo(0);
	}

	@Test
	void thePageReadsTheDocumentIntoTheFormToBeCheckedBeforeSaving() throws IOException {
		var organisation = accounts.organisation();
		String cookie = accounts.sessionCookie(baseUrl(), organisation.owner());
		String page = client().get().uri("/admin/writing?lang=en").header("Cookie", cookie)
			.exchange().expectBody(String.class).returnResult().getResponseBody();
		Matcher csrf = CSRF.matcher(page);
		assertThat(csrf.find()).isTrue();
		MultipartBodyBuilder form = new MultipartBodyBuilder();
		form.part("_csrf", csrf.group(1));
		form.part("category", "invitation");
		form.part("file", named("invitation.docx", docx("يسرنا دعوتكم لحضور <حفل> التخرج.")));

		var read = client().post().uri("/admin/writing/reference-letters/file?lang=en").header("Cookie", cookie)
			.contentType(MediaType.MULTIPART_FORM_DATA).body(form.build())
			.exchange()
			.expectStatus().isFound()
			.returnResult(String.class);
		String sessionWithFlash = read.getResponseCookies().containsKey("KATIB_SESSION")
				? "KATIB_SESSION=" + read.getResponseCookies().getFirst("KATIB_SESSION").getValue() : cookie;

		String after = client().get().uri("/admin/writing?lang=en").header("Cookie", sessionWithFlash)
			.exchange().expectBody(String.class).returnResult().getResponseBody();
		assertThat(after).contains("check its text below")
			.contains("يسرنا دعوتكم لحضور &lt;حفل&gt; التخرج.")
			.containsPattern("<option value=\"invitation\"\\s+selected");
		client().get().uri("/api/v1/knowledge/reference-letters").header("Authorization", accounts.bearer(organisation.owner()))
			.exchange()
			.expectBody().jsonPath("$.length()").isEqualTo(0);
	}

	private static MultiValueMap<String, HttpEntity<?>> upload(String category, String name, byte[] content) {
		MultipartBodyBuilder body = new MultipartBodyBuilder();
		body.part("category", category);
		body.part("file", named(name, content)).contentType(MediaType.APPLICATION_OCTET_STREAM);
		return body.build();
	}

	private static ByteArrayResource named(String name, byte[] content) {
		return new ByteArrayResource(content) {
			@Override
			public String getFilename() {
				return name;
			}
		};
	}

	private static byte[] docx(String... paragraphs) throws IOException {
		try (XWPFDocument word = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (String text : paragraphs) {
				word.createParagraph().createRun().setText(text);
			}
			word.write(out);
			return out.toByteArray();
		}
	}

	private static byte[] blankPdf() throws IOException {
		try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			pdf.addPage(new PDPage());
			pdf.save(out);
			return out.toByteArray();
		}
	}

	private static byte[] png() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(20, 20, BufferedImage.TYPE_INT_RGB), "png", out);
		return out.toByteArray();
	}
}
