package dev.katib.automation.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import dev.katib.support.IntegrationTest;

/** A writer builds a run in the browser, starts it and watches its progress until it completes. */
class BatchRunPagesIntegrationTests extends IntegrationTest {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	@Autowired
	ApplicationContext context;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void aRunIsCreatedStartedAndFollowedInTheBrowser() throws Exception {
		SchoolsTable schools = SchoolsTable.of(context, accounts.organisation(), 4);
		String cookie = accounts.sessionCookie(baseUrl(), schools.organisation().owner());

		String list = get(cookie, "/batches?lang=en").body();
		assertThat(list).contains("href=\"/batches\"", "New batch run", "Request for every letter");
		HttpResponse<String> created = post(cookie, "/batches", csrf(list), Map.of("name", "Science fair",
				"sourceId", schools.table().sourceId().toString(), "baseId", "local", "tableId", schools.table().tableId(),
				"category", "request", "language", "ar", "template", SchoolsTable.TEMPLATE));
		assertThat(created.statusCode()).isEqualTo(302);
		String run = URI.create(created.headers().firstValue("Location").orElseThrow()).getPath();

		String page = get(cookie, run + "?lang=en").body();
		assertThat(page).contains("Science fair", "Ready", "Preview three letters");
		assertThat(post(cookie, run + "/start", csrf(page), Map.of()).statusCode()).isEqualTo(302);
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
			.until(() -> get(cookie, run + "/progress?lang=en").body().contains("Completed"));

		String done = get(cookie, run + "?lang=en").body();
		assertThat(done).contains("4 of 4 rows done", "Open letter").doesNotContain("hx-trigger");
		assertThat(get(cookie, "/batches?lang=ar").body()).contains("دفعات الخطابات", "Science fair");
	}

	@Test
	void aTemplateWithAnUnknownFieldIsRefusedOnThePageNamingTheField() throws Exception {
		SchoolsTable schools = SchoolsTable.of(context, accounts.organisation(), 1);
		String cookie = accounts.sessionCookie(baseUrl(), schools.organisation().owner());

		String list = get(cookie, "/batches?lang=en").body();
		HttpResponse<String> refused = post(cookie, "/batches?lang=en", csrf(list), Map.of("name", "Typo",
				"sourceId", schools.table().sourceId().toString(), "baseId", "local", "tableId", schools.table().tableId(),
				"category", "request", "language", "ar", "template", "Invite {{School nmae}} to the science fair."));

		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("Please check the form.", "School nmae", "Invite {{School nmae}}");
	}

	private HttpResponse<String> get(String cookie, String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).header("Cookie", cookie).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String cookie, String path, String csrf, Map<String, String> form)
			throws Exception {
		String body = form.entrySet().stream()
			.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&", "", (form.isEmpty() ? "" : "&") + "_csrf=" + csrf));
		return http.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).header("Cookie", cookie)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String csrf(String page) {
		Matcher found = CSRF.matcher(page);
		assertThat(found.find()).as("a CSRF token on the page").isTrue();
		return found.group(1);
	}
}
