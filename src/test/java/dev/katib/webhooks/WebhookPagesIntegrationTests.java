package dev.katib.webhooks;

import dev.katib.platform.outbound.StandardWebhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

import dev.katib.accounts.Role;
import dev.katib.support.IntegrationTest;
import dev.katib.support.TestAccounts.TestOrganisation;

/**
 * The webhooks page: an endpoint added with its secret shown once, tested, its failed attempt and retry in the log,
 * a message sent again, paused, resumed and removed after a confirmation; closed to writers and other organisations.
 */
class WebhookPagesIntegrationTests extends IntegrationTest {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
	private static final Pattern SECRET = Pattern.compile("whsec_[A-Za-z0-9+/=]+");
	private static final Pattern ENDPOINT = Pattern.compile("/admin/webhooks/([0-9a-f-]{36})/test");
	private static final Pattern REPLAY = Pattern.compile("/admin/webhooks/[0-9a-f-]{36}/messages/([0-9a-f-]{36})/replay");

	private final HttpClient http = HttpClient.newHttpClient();
	private WebhookReceiver receiver;
	private TestOrganisation org;
	private String owner;
	private String csrf;

	@BeforeEach
	void start() throws Exception {
		receiver = new WebhookReceiver(500);
		org = accounts.organisation();
		owner = accounts.sessionCookie(baseUrl(), org.owner());
		csrf = csrf(get("/admin/webhooks", owner).body());
	}

	@AfterEach
	void stop() {
		receiver.close();
	}

	@Test
	void anOwnerAddsAnEndpointSeesItsSecretOnceTestsItAndReadsTheAttemptLogWithTheRetryAndTheReplay() throws Exception {
		String empty = get("/admin/webhooks?lang=en", owner).body();
		assertThat(empty).contains("href=\"/admin/webhooks\"").contains("No webhook endpoint yet.")
			.contains("Batch run completed");
		assertThat(post("/admin/webhooks?lang=en", "url=" + encoded("ftp://hooks.example.com/") + "&eventTypes=letter.signed")
			.body()).contains("This address cannot take webhooks: A webhook URL must start with https://.")
			.contains("ftp://hooks.example.com/");
		assertThat(post("/admin/webhooks?lang=ar", "url=" + encoded("ftp://hooks.example.com/") + "&eventTypes=letter.signed")
			.body()).contains("يجب أن يبدأ عنوان الخطاف بـ https://.").doesNotContain("must start with");
		assertThat(post("/admin/webhooks?lang=en", "url=" + encoded(receiver.url())).body())
			.contains("Choose at least one event.");

		String created = post("/admin/webhooks?lang=en",
				"url=" + encoded(receiver.url()) + "&eventTypes=letter.archived&eventTypes=batch.run.completed").body();
		Matcher secret = SECRET.matcher(created);
		assertThat(secret.find()).isTrue();
		assertThat(created).contains("it is shown this once").contains("Signed letter archived")
			.contains("Batch run completed");
		String endpoint = "/admin/webhooks/" + find(ENDPOINT, created);
		String page = get(endpoint + "?lang=en", owner).body();
		assertThat(page).doesNotContain(secret.group()).contains(secret.group().substring(secret.group().length() - 4))
			.contains("No message yet.");
		assertThat(get("/admin/webhooks?lang=en", owner).body()).contains(receiver.url()).contains("Active");

		assertThat(post(endpoint + "/test", "").statusCode()).isEqualTo(302);
		await().atMost(Duration.ofSeconds(20)).until(() -> get(endpoint + "?lang=en", owner).body().contains("Will be retried"));
		assertThat(get(endpoint + "?lang=en", owner).body()).contains("Test message").contains("The endpoint answered HTTP 500.")
			.contains(">500<");
		assertThat(get(endpoint + "?lang=ar", owner).body()).contains("أجاب العنوان برمز HTTP 500.")
			.doesNotContain("The endpoint answered");
		clock.advance(Duration.ofMinutes(1));
		await().atMost(Duration.ofSeconds(20)).until(() -> receiver.received().size() == 2);
		WebhookReceiver.Received test = receiver.received().get(1);
		assertThat(StandardWebhooks.verify(secret.group(), test.id(), test.timestamp(), test.body(), test.signature())).isTrue();
		assertThat(JsonMapper.builder().build().readTree(test.body()).path("type").asString()).isEqualTo("webhook.test");
		await().atMost(Duration.ofSeconds(10)).until(() -> get(endpoint + "?lang=en", owner).body().contains(">200<"));

		String message = find(REPLAY, get(endpoint, owner).body());
		assertThat(post(endpoint + "/messages/" + message + "/replay", "").statusCode()).isEqualTo(302);
		await().atMost(Duration.ofSeconds(20)).until(() -> receiver.received().size() == 3);
		assertThat(receiver.received().get(2).id()).isEqualTo(test.id());
	}

	@Test
	void anEndpointIsPausedResumedAndRemovedAfterAConfirmationAndNoOneElseReachesIt() throws Exception {
		String created = post("/admin/webhooks?lang=en", "url=" + encoded(receiver.url()) + "&eventTypes=letter.signed").body();
		String endpoint = "/admin/webhooks/" + find(ENDPOINT, created);

		assertThat(post(endpoint + "/pause?lang=en", "").statusCode()).isEqualTo(302);
		String paused = get(endpoint + "?lang=en", owner).body();
		assertThat(paused).contains("Paused").contains("Resume").doesNotContain("Send a test message");
		assertThat(get("/admin/webhooks?lang=en", owner).body()).contains("Paused");
		post(endpoint + "/test?lang=en", "");
		assertThat(get(endpoint + "?lang=en", owner).body()).contains("The endpoint is paused: resume it to send a test message.");
		post(endpoint + "/resume?lang=en", "");
		assertThat(get(endpoint + "?lang=en", owner).body()).contains("Active").contains("Send a test message");
		assertThat(get(endpoint + "?lang=ar", owner).body()).contains("dir=\"rtl\"").contains("عنوان خطاف")
			.contains("خطاب وُقّع");

		String writer = accounts.sessionCookie(baseUrl(), accounts.member(org, Role.WRITER));
		assertThat(get("/admin/webhooks", writer).statusCode()).isEqualTo(403);
		assertThat(get("/", writer).body()).doesNotContain("href=\"/admin/webhooks\"");
		String stranger = accounts.sessionCookie(baseUrl(), accounts.organisation().owner());
		assertThat(get(endpoint, stranger).statusCode()).isEqualTo(404);
		assertThat(get(endpoint + "/delete", stranger).statusCode()).isEqualTo(404);
		assertThat(send(endpoint + "/delete", stranger, csrf(get("/admin/webhooks", stranger).body()), "").statusCode())
			.isEqualTo(404);

		String confirmation = get(endpoint + "/delete?lang=en", owner).body();
		assertThat(confirmation).contains("This cannot be undone.").contains(receiver.url());
		assertThat(post(endpoint + "/delete?lang=en", "").statusCode()).isEqualTo(302);
		assertThat(get("/admin/webhooks?lang=en", owner).body()).contains("The webhook endpoint was removed.")
			.doesNotContain(receiver.url());
		assertThat(get(endpoint, owner).statusCode()).isEqualTo(404);
	}

	@Test
	void hostileFormsAreRefusedOnThePageAndAddNothing() throws Exception {
		assertThat(post("/admin/webhooks?lang=en", "url=" + encoded("https://hooks.example.com/\u0000x") + "&eventTypes=letter.signed")
			.statusCode()).isIn(200, 400);
		assertThat(post("/admin/webhooks?lang=en", "url=" + encoded("https://" + "a".repeat(3000) + ".example.com/")
				+ "&eventTypes=letter.signed").body()).contains("holds 1 to 2000 characters").doesNotContain("a".repeat(3000));
		assertThat(post("/admin/webhooks?lang=en", "url=" + encoded(receiver.url()) + "&eventTypes=letter.eaten").body())
			.contains("Choose at least one event.");
		assertThat(post("/admin/webhooks?lang=en", "url=" + encoded(receiver.url())
				+ "&eventTypes=%3Cscript%3Ealert(1)%3C%2Fscript%3E").body()).doesNotContain("<script>alert(1)</script>");
		assertThat(get("/admin/webhooks/not-an-id", owner).statusCode()).isIn(400, 404);
		String endpoint = "/admin/webhooks/" + find(ENDPOINT,
				post("/admin/webhooks?lang=en", "url=" + encoded(receiver.url()) + "&eventTypes=letter.signed").body());
		assertThat(post(endpoint + "/messages/" + java.util.UUID.randomUUID() + "/replay", "").statusCode()).isEqualTo(404);
		assertThat(get("/admin/webhooks?lang=en", owner).body().split("class=\"webhook-endpoint\"", -1)).hasSize(2);
	}

	private static String find(Pattern pattern, String page) {
		Matcher matcher = pattern.matcher(page);
		assertThat(matcher.find()).as(pattern.pattern()).isTrue();
		return matcher.group(1);
	}

	private static String encoded(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private HttpResponse<String> get(String path, String cookie) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).header("Cookie", cookie).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String path, String form) throws Exception {
		return send(path, owner, csrf, form);
	}

	private HttpResponse<String> send(String path, String cookie, String token, String form) throws Exception {
		String body = "_csrf=" + token + (form.isEmpty() ? "" : "&" + form);
		return http.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).header("Cookie", cookie)
			.header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String csrf(String page) {
		Matcher matcher = CSRF.matcher(page);
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}
}
