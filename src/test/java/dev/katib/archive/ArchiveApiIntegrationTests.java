package dev.katib.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;

import dev.katib.accounts.Role;
import dev.katib.support.IntegrationTest;

class ArchiveApiIntegrationTests extends IntegrationTest {

	@Autowired
	Archive archive;

	@Test
	void searchesTheCallersOrganisationWithMarkedPassages() {
		var org = accounts.organisation();
		var viewer = accounts.member(org, Role.VIEWER);
		archive.store(new StoreRequest(org.tenantId(), null, FileKind.LETTER, "l.pdf", "application/pdf",
				SampleFiles.pdf("letter"), "letter", "1", "طلب تجهيز قاعة", LocalDate.of(2026, 11, 1),
				Map.of("category", "request", "number", "OUT/1448/000031"), "نرجو تجهيز قاعة المحاضرات في المدرسة", null));

		client().get()
			.uri("/api/v1/archive?q=مدرسه&category=request")
			.header("Authorization", accounts.bearer(viewer))
			.exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.total").isEqualTo(1)
			.jsonPath("$.items[0].file.attributes.number").isEqualTo("OUT/1448/000031")
			.jsonPath("$.items[0].snippet[?(@.match == true)].text").isEqualTo("المدرسة");
	}

	@Test
	void answersAnotherOrganisationsFileAsNotFound() {
		var mine = accounts.organisation();
		var theirs = accounts.organisation();
		StoredFile file = archive.store(StoreRequest.upload(theirs.tenantId(), null, FileKind.INCOMING, "x.pdf",
				"application/pdf", SampleFiles.pdf("theirs")));

		for (String path : new String[] { "/api/v1/archive/" + file.id(), "/api/v1/archive/" + file.id() + "/content" }) {
			client().get().uri(path).header("Authorization", accounts.bearer(mine.owner())).exchange()
				.expectStatus().isNotFound()
				.expectBody().jsonPath("$.type").value(type -> assertThat(type.toString()).endsWith("not-found"));
		}
	}

	@Test
	void downloadsTheExactBytesAsAnAttachment() {
		var org = accounts.organisation();
		byte[] pdf = SampleFiles.pdf("download me");
		StoredFile file = archive.store(StoreRequest.upload(org.tenantId(), null, FileKind.INCOMING, "وارد ١.pdf",
				"application/pdf", pdf));

		var result = client().get().uri("/api/v1/archive/" + file.id() + "/content")
			.header("Authorization", accounts.bearer(org.owner()))
			.exchange()
			.expectStatus().isOk()
			.expectHeader().contentType(MediaType.APPLICATION_PDF)
			.expectHeader().valueMatches("Content-Disposition", "attachment; filename=.*")
			.expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
			.returnResult(byte[].class);
		assertThat(result.getResponseBody()).isEqualTo(pdf);
	}

	@Test
	void letsWritersUploadAndRefusesViewers() {
		var org = accounts.organisation();
		var writer = accounts.member(org, Role.WRITER);
		var viewer = accounts.member(org, Role.VIEWER);

		client().post().uri("/api/v1/archive").header("Authorization", accounts.bearer(writer))
			.contentType(MediaType.MULTIPART_FORM_DATA).body(upload(SampleFiles.pdf("incoming"), "application/pdf"))
			.exchange()
			.expectStatus().isCreated()
			.expectHeader().exists("Location")
			.expectBody().jsonPath("$.kind").isEqualTo("INCOMING").jsonPath("$.sha256").isNotEmpty();

		client().post().uri("/api/v1/archive").header("Authorization", accounts.bearer(viewer))
			.contentType(MediaType.MULTIPART_FORM_DATA).body(upload(SampleFiles.pdf("incoming"), "application/pdf"))
			.exchange()
			.expectStatus().isForbidden();
	}

	@Test
	void refusesDisguisedFilesAndHostileQueriesWithProblems() {
		var org = accounts.organisation();
		var writer = accounts.member(org, Role.WRITER);

		client().post().uri("/api/v1/archive").header("Authorization", accounts.bearer(writer))
			.contentType(MediaType.MULTIPART_FORM_DATA).body(upload("<script>alert(1)</script>".getBytes(), "application/pdf"))
			.exchange()
			.expectStatus().isEqualTo(415)
			.expectBody().jsonPath("$.type").isEqualTo("urn:katib:problem:unsupported-file");

		client().get().uri("/api/v1/archive?q=" + "x".repeat(500)).header("Authorization", accounts.bearer(org.owner()))
			.exchange()
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.type").isEqualTo("urn:katib:problem:validation-failed");

		client().get().uri("/api/v1/archive?q={q}", "'); DROP TABLE archive_file; --")
			.header("Authorization", accounts.bearer(org.owner()))
			.exchange()
			.expectStatus().isOk()
			.expectBody().jsonPath("$.total").isEqualTo(0);

		client().get().uri("/api/v1/archive?from=yesterday").header("Authorization", accounts.bearer(org.owner()))
			.exchange()
			.expectStatus().isBadRequest();
	}

	@Test
	void requiresSignIn() {
		client().get().uri("/api/v1/archive").exchange().expectStatus().isUnauthorized();
	}

	private static org.springframework.util.MultiValueMap<String, org.springframework.http.HttpEntity<?>> upload(
			byte[] content, String type) {
		MultipartBodyBuilder body = new MultipartBodyBuilder();
		body.part("file", new ByteArrayResource(content) {
			@Override
			public String getFilename() {
				return "upload.pdf";
			}
		}).contentType(MediaType.parseMediaType(type));
		return body.build();
	}
}
