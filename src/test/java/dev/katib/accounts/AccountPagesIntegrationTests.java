package dev.katib.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.katib.support.IntegrationTest;

/** Every accounts page renders in both languages for whoever may see it, and hides itself from others. */
class AccountPagesIntegrationTests extends IntegrationTest {

	private static final List<String> ADMIN_PAGES = List.of("/members", "/api-keys", "/mail-outbox");
	private static final List<String> MEMBER_PAGES = List.of("/profile");
	private static final List<String> PUBLIC_PAGES = List.of("/signin", "/password/forgotten",
			"/password/reset?token=unknown", "/invitations/accept?token=unknown");

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void rendersEveryPageInArabicAndEnglish() throws Exception {
		var organisation = accounts.organisation();
		String owner = accounts.sessionCookie(baseUrl(), organisation.owner());
		for (String lang : List.of("ar", "en")) {
			for (String page : ADMIN_PAGES) {
				assertThat(get(page, lang, owner).statusCode()).as(page + " " + lang).isEqualTo(200);
			}
			for (String page : MEMBER_PAGES) {
				assertThat(get(page, lang, owner).statusCode()).as(page + " " + lang).isEqualTo(200);
			}
			for (String page : PUBLIC_PAGES) {
				var answer = get(page, lang, null);
				assertThat(answer.statusCode()).as(page + " " + lang).isEqualTo(200);
				assertThat(answer.body()).contains("lang=\"" + lang + "\"");
			}
		}
	}

	@Test
	void refusesAdministrationPagesToOtherRoles() throws Exception {
		var organisation = accounts.organisation();
		String writer = accounts.sessionCookie(baseUrl(), accounts.member(organisation, Role.WRITER));

		for (String page : ADMIN_PAGES) {
			assertThat(get(page, "en", writer).statusCode()).as(page).isEqualTo(403);
		}
		assertThat(get("/profile", "en", writer).statusCode()).isEqualTo(200);
	}

	private HttpResponse<String> get(String path, String lang, String cookie) throws Exception {
		String uri = baseUrl() + path + (path.contains("?") ? "&" : "?") + "lang=" + lang;
		var request = HttpRequest.newBuilder(URI.create(uri)).header("Accept", "text/html");
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}
}
