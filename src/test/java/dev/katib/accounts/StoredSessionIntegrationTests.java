package dev.katib.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

import dev.katib.support.IntegrationTest;
import dev.katib.support.TestAccounts.Account;
import dev.katib.support.TestAccounts.TestOrganisation;

/** Browser sessions live in PostgreSQL: any process finds them, and ending one deletes it there. */
class StoredSessionIntegrationTests extends IntegrationTest {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	@Autowired
	SessionRepository<?> repository;

	@Autowired
	JdbcClient jdbc;

	private final HttpClient http = HttpClient.newHttpClient();
	TestOrganisation organisation;
	Account member;

	@BeforeEach
	void setUp() {
		organisation = accounts.organisation();
		member = accounts.member(organisation, Role.WRITER);
	}

	@Test
	void keepsASignedInSessionInTheDatabaseWhereAFreshReaderFindsIt() throws Exception {
		String cookie = signedIn();

		assertThat(repository).isInstanceOf(JdbcIndexedSessionRepository.class);
		var stored = repository.findById(sessionId(cookie));
		assertThat(stored).as("read back from its rows, not from memory").isNotNull();
		assertThat(stored.getAttributeNames()).contains("SPRING_SECURITY_CONTEXT");
		assertThat(rowsOf(cookie)).isEqualTo(1);
		assertThat(get("/profile", cookie).statusCode()).isEqualTo(200);
	}

	@Test
	void signingOutDeletesTheStoredSession() throws Exception {
		String cookie = signedIn();

		var out = post("/signout", "_csrf=" + csrf(get("/profile", cookie).body()), cookie);

		assertThat(out.statusCode()).isEqualTo(302);
		assertThat(rowsOf(cookie)).isZero();
		assertThat(get("/profile", cookie).statusCode()).isEqualTo(302);
	}

	@Test
	void disablingAMemberDeletesTheirStoredSessions() throws Exception {
		String first = signedIn();
		String second = signedIn();

		var answer = new ApiClient(baseUrl()).patch("/api/v1/members/" + member.memberId(),
				ApiClient.json(Map.of("disabled", true)), accounts.bearer(organisation.owner()));

		assertThat(answer.status()).isEqualTo(200);
		assertThat(rowsOf(first) + rowsOf(second)).isZero();
		assertThat(get("/profile", first).statusCode()).isEqualTo(302);
	}

	@Test
	void endingTheOtherSessionsDeletesThemButKeepsThisOne() throws Exception {
		String other = signedIn();
		String mine = signedIn();

		var ended = post("/profile/sessions/end-others", "_csrf=" + csrf(get("/profile", mine).body()), mine);

		assertThat(ended.statusCode()).isEqualTo(302);
		assertThat(rowsOf(other)).isZero();
		assertThat(rowsOf(mine)).isEqualTo(1);
		assertThat(get("/profile", mine).statusCode()).isEqualTo(200);
	}

	private String signedIn() throws Exception {
		String cookie = accounts.sessionCookie(baseUrl(), member);
		assertThat(get("/profile", cookie).statusCode()).isEqualTo(200);
		return cookie;
	}

	private int rowsOf(String cookie) {
		return jdbc.sql("SELECT count(*) FROM accounts_web_session WHERE session_id = :id")
			.param("id", sessionId(cookie))
			.query(Integer.class)
			.single();
	}

	/** Spring Session writes the id into the cookie in Base64. */
	private static String sessionId(String cookie) {
		String value = cookie.substring(cookie.indexOf('=') + 1);
		return new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8);
	}

	private static String csrf(String page) {
		Matcher matcher = CSRF.matcher(page);
		assertThat(matcher.find()).as("a CSRF field on the page").isTrue();
		return matcher.group(1);
	}

	private HttpResponse<String> get(String path, String cookie) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).header("Cookie", cookie).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String path, String form, String cookie) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(baseUrl() + path))
			.header("Cookie", cookie)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}
}
