package dev.katib.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dev.katib.accounts.Role;
import dev.katib.support.IntegrationTest;

/** Owners and admins see the organisation's usage and set its quotas from a page. */
class UsagePagesIntegrationTests extends IntegrationTest {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void anOwnerSeesUsageAndSetsQuotasAndAWriterIsRefusedThePageAndTheLink() throws Exception {
		var organisation = accounts.organisation();
		var writer = accounts.member(organisation, Role.WRITER);
		String owner = accounts.sessionCookie(baseUrl(), organisation.owner());
		String writing = accounts.sessionCookie(baseUrl(), writer);

		HttpResponse<String> page = get("/admin/usage?lang=en", owner);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Usage and quotas").contains("Member 1".substring(0, 6))
			.contains("href=\"/admin/usage\"");
		assertThat(get("/admin/usage?lang=en", writing).statusCode()).isEqualTo(403);
		assertThat(get("/?lang=en", writing).body()).doesNotContain("href=\"/admin/usage\"");

		String csrf = csrf(page.body());
		assertThat(post("/admin/usage/quotas/organisation", owner, "letters=250&tokens=&_csrf=" + csrf).statusCode())
			.isEqualTo(302);
		assertThat(post("/admin/usage/quotas/members/" + writer.memberId(), owner, "letters=20&tokens=50000&_csrf=" + csrf)
			.statusCode()).isEqualTo(302);

		String usage = client().get().uri("/api/v1/usage").header("Authorization", accounts.bearer(organisation.owner()))
			.exchange().expectBody(String.class).returnResult().getResponseBody();
		assertThat(usage).contains("\"lettersLimit\":250").contains("\"lettersLimit\":20").contains("\"tokensLimit\":50000");
		assertThat(get("/admin/usage?lang=en", owner).body()).contains("value=\"250\"");
	}

	@Test
	void aQuotaThatIsNotAWholeNumberChangesNothingAndAnotherOrganisationsMemberIsNotFound() throws Exception {
		var organisation = accounts.organisation();
		String owner = accounts.sessionCookie(baseUrl(), organisation.owner());
		String csrf = csrf(get("/admin/usage?lang=en", owner).body());
		post("/admin/usage/quotas/organisation", owner, "letters=" + URLEncoder.encode("١٠٠", StandardCharsets.UTF_8)
				+ "&_csrf=" + csrf);
		assertThat(get("/admin/usage?lang=en", owner).body()).as("Arabic-Indic digits count").contains("value=\"100\"");

		HttpResponse<String> refused = post("/admin/usage/quotas/organisation", owner,
				"letters=" + URLEncoder.encode("١٠٠x", StandardCharsets.UTF_8) + "&_csrf=" + csrf);
		assertThat(refused.statusCode()).isEqualTo(302);
		assertThat(get("/admin/usage?lang=en", owner).body()).contains("A quota is a whole number")
			.contains("value=\"100\"");
		assertThat(post("/admin/usage/quotas/members/" + UUID.randomUUID(), owner, "letters=5&_csrf=" + csrf).statusCode())
			.isEqualTo(404);
		var other = accounts.organisation();
		assertThat(post("/admin/usage/quotas/members/" + other.owner().memberId(), owner, "letters=5&_csrf=" + csrf)
			.statusCode()).isEqualTo(404);
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
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}
}
