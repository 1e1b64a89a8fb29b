package dev.katib.documents.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.HtmlUtils;

import dev.katib.accounts.Colleagues;

import dev.katib.accounts.Role;
import dev.katib.support.IntegrationTest;
import dev.katib.support.TestAccounts.TestOrganisation;

/** The letterhead admin page: owners see it and its live preview; writers are refused. */
class LetterheadPageIntegrationTests extends IntegrationTest {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newHttpClient();

	@Autowired
	Colleagues colleagues;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anOwnerEditsWithALivePreviewAndSavesADraft() throws Exception {
		TestOrganisation organisation = accounts.organisation();
		String cookie = accounts.sessionCookie(baseUrl(), organisation.owner());

		HttpResponse<String> page = get("/admin/letterhead", cookie);
		Matcher csrf = CSRF.matcher(page.body());
		assertThat(csrf.find()).isTrue();
		HttpResponse<String> preview = post("/admin/letterhead/preview", cookie, csrf.group(1), "HX-Request");
		HttpResponse<String> saved = post("/admin/letterhead", cookie, csrf.group(1), "X-Form");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("ترويسة الجهة");
		assertThat(preview.statusCode()).isEqualTo(200);
		assertThat(preview.body()).contains("data:image/png;base64,");
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(get("/admin/letterhead", cookie).body()).contains("جمعية المعاينة").contains("مسودة");
	}

	@Test
	void aNewOrganisationsPageStartsWithItsRegisteredNamesAndSavingIsAudited() throws Exception {
		TestOrganisation organisation = accounts.organisation();
		String cookie = accounts.sessionCookie(baseUrl(), organisation.owner());
		var names = colleagues.names(organisation.tenantId()).orElseThrow();

		HttpResponse<String> page = get("/admin/letterhead", cookie);
		Matcher csrf = CSRF.matcher(page.body());
		assertThat(csrf.find()).isTrue();
		post("/admin/letterhead", cookie, csrf.group(1), "X-Form");

		assertThat(page.body()).contains("value=\"" + HtmlUtils.htmlEscape(names.arabic()) + "\"")
			.contains("value=\"" + HtmlUtils.htmlEscape(names.english()) + "\"");
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE tenant_id = ? AND action = ? AND target_id = '1'")
			.params(organisation.tenantId(), "documents.letterhead-draft-created")
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aWriterIsRefusedThePage() throws Exception {
		TestOrganisation organisation = accounts.organisation();
		String cookie = accounts.sessionCookie(baseUrl(), accounts.member(organisation, Role.WRITER));

		assertThat(get("/admin/letterhead", cookie).statusCode()).isEqualTo(403);
	}

	private HttpResponse<String> get(String path, String cookie) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).header("Cookie", cookie).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	/** The form as the browser sends it (multipart), without a logo file, so the letterhead has none. */
	private HttpResponse<String> post(String path, String cookie, String csrf, String marker) throws Exception {
		String boundary = "----katib" + marker.hashCode();
		StringBuilder body = new StringBuilder();
		String[][] fields = { { "_csrf", csrf }, { "arabicName", "جمعية المعاينة" }, { "englishName", "Preview Society" },
				{ "primaryColour", "#0b5d4b" }, { "accentColour", "#6b5a2e" }, { "footer", "الرياض\nwww.example.org" },
				{ "marginTop", "38" }, { "marginRight", "20" }, { "marginBottom", "25" }, { "marginLeft", "20" },
				{ "pageSize", "A4" } };
		for (String[] field : fields) {
			body.append("--").append(boundary).append("\r\n")
				.append("Content-Disposition: form-data; name=\"").append(field[0]).append("\"\r\n\r\n")
				.append(field[1]).append("\r\n");
		}
		body.append("--").append(boundary).append("--\r\n");
		return http.send(HttpRequest.newBuilder(URI.create(baseUrl() + path))
			.header("Cookie", cookie)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8))
			.build(), HttpResponse.BodyHandlers.ofString());
	}
}
