package dev.katib.knowledge.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dev.katib.accounts.Role;
import dev.katib.support.IntegrationTest;
import dev.katib.support.TestAccounts.Account;

/** The writing-knowledge pages refuse those who may not use them and say what is wrong with a form. */
class WritingPagesIntegrationTests extends IntegrationTest {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void writersAreRefusedTheAdminPagesButHaveTheirPreferences() throws Exception {
		var organisation = accounts.organisation();
		String writer = accounts.sessionCookie(baseUrl(), accounts.member(organisation, Role.WRITER));
		String viewer = accounts.sessionCookie(baseUrl(), accounts.member(organisation, Role.VIEWER));

		assertThat(get("/admin/writing", writer).statusCode()).isEqualTo(403);
		assertThat(get("/admin/writing/recipients", writer).statusCode()).isEqualTo(403);
		assertThat(get("/preferences?lang=en", writer).body()).contains("My preferences");
		assertThat(get("/preferences", viewer).statusCode()).isEqualTo(403);
	}

	@Test
	void anInvalidRecipientKeepsWhatWasTypedAndNamesTheField() throws Exception {
		var organisation = accounts.organisation();
		Account admin = accounts.member(organisation, Role.ADMIN);
		String cookie = accounts.sessionCookie(baseUrl(), admin);
		String csrf = csrf(get("/admin/writing/recipients?lang=en", cookie).body());

		HttpResponse<String> answer = post("/admin/writing/recipients?lang=en", cookie, "name="
				+ URLEncoder.encode("Huda <b>Al-Harbi</b>", StandardCharsets.UTF_8)
				+ "&honorific=doctor&gender=FEMALE&email=not-an-address&_csrf=" + csrf);

		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.body()).contains("Please check what you typed. (E-mail)")
			.contains("value=\"not-an-address\"")
			.contains("Huda &lt;b&gt;Al-Harbi&lt;/b&gt;")
			.doesNotContain("<b>Al-Harbi</b>");
	}

	@Test
	void anAdminRemovesAnUnusedCategoryFromThePage() throws Exception {
		var organisation = accounts.organisation();
		String cookie = accounts.sessionCookie(baseUrl(), accounts.member(organisation, Role.ADMIN));
		String csrf = csrf(get("/admin/writing?lang=en", cookie).body());
		HttpResponse<String> removed = post("/admin/writing/categories/meeting/remove?lang=en", cookie,
				"_csrf=" + csrf);

		assertThat(removed.statusCode()).isEqualTo(302);
		assertThat(get("/admin/writing?lang=en", cookie).body()).doesNotContain("data-key=\"meeting\"")
			.contains("It is removed.");
	}

	private HttpResponse<String> get(String path, String cookie) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).header("Cookie", cookie).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String path, String cookie, String form) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(baseUrl() + path))
			.header("Cookie", cookie)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String csrf(String page) {
		Matcher matcher = CSRF.matcher(page);
		assertThat(matcher.find()).as("the page has a CSRF token").isTrue();
		return matcher.group(1);
	}
}
