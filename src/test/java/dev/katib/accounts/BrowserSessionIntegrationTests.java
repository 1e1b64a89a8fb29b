package dev.katib.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.katib.support.IntegrationTest;
import dev.katib.support.TestAccounts;
import dev.katib.support.TestAccounts.Account;

/** The browser session: its cookie, CSRF, a new id at sign-in, and its idle and absolute timeouts. */
class BrowserSessionIntegrationTests extends IntegrationTest {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newHttpClient();
	Account member;

	@BeforeEach
	void setUp() {
		member = accounts.member(accounts.organisation(), Role.WRITER);
	}

	@Test
	void givesAnHttpOnlySameSiteCookieWithANewIdAtSignIn() throws Exception {
		var page = get("/signin", null);
		String before = cookie(page.headers().allValues("Set-Cookie"));
		Matcher csrf = CSRF.matcher(page.body());
		assertThat(csrf.find()).isTrue();

		var signedIn = post("/signin", "email=" + encode(member.email()) + "&password=" + encode(TestAccounts.PASSWORD)
				+ "&_csrf=" + csrf.group(1), before);

		assertThat(signedIn.statusCode()).isEqualTo(302);
		List<String> cookies = signedIn.headers().allValues("Set-Cookie");
		String after = cookie(cookies);
		assertThat(after).isNotEqualTo(before);
		assertThat(cookies.stream().filter(c -> c.startsWith("KATIB_SESSION=")).findFirst().orElseThrow())
			.contains("HttpOnly")
			.containsIgnoringCase("SameSite=Lax");
		assertThat(get("/profile", after).statusCode()).isEqualTo(200);
		assertThat(get("/profile", before).statusCode()).as("the pre-sign-in id is worthless").isEqualTo(302);
	}

	@Test
	void refusesAFormPostWithoutTheCsrfToken() throws Exception {
		String session = accounts.sessionCookie(baseUrl(), member);

		var answer = post("/profile/sessions/end-others", "", session);

		assertThat(answer.statusCode()).isEqualTo(403);
	}

	@Test
	void endsASessionIdleForLongerThanThirtyMinutes() throws Exception {
		String session = accounts.sessionCookie(baseUrl(), member);
		clock.advance(Duration.ofMinutes(29));
		assertThat(get("/profile", session).statusCode()).isEqualTo(200);

		clock.advance(Duration.ofMinutes(31));

		assertThat(get("/profile", session).statusCode()).isEqualTo(302);
	}

	@Test
	void endsEvenABusySessionTwelveHoursAfterSignIn() throws Exception {
		String session = accounts.sessionCookie(baseUrl(), member);
		for (int visit = 0; visit < 35; visit++) {
			clock.advance(Duration.ofMinutes(20));
			assertThat(get("/profile", session).statusCode()).as("after %d minutes", 20 * (visit + 1)).isEqualTo(200);
		}
		clock.advance(Duration.ofMinutes(21));

		assertThat(get("/profile", session).statusCode()).isEqualTo(302);
	}

	private HttpResponse<String> get(String path, String cookie) throws Exception {
		var request = HttpRequest.newBuilder(URI.create(baseUrl() + path));
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String path, String form, String cookie) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(baseUrl() + path))
			.header("Cookie", cookie)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String cookie(List<String> setCookies) {
		return setCookies.stream()
			.filter(c -> c.startsWith("KATIB_SESSION="))
			.map(c -> c.substring(0, c.indexOf(';')))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no session cookie in " + setCookies));
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
