package dev.katib.automation.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.katib.accounts.Caller;
import dev.katib.accounts.Role;
import dev.katib.connectors.DataSources;
import dev.katib.connectors.NewField;
import dev.katib.connectors.NewSource;
import dev.katib.connectors.SourceRecords;
import dev.katib.connectors.TableRef;
import dev.katib.support.IntegrationTest;

/** A member makes an automation in the browser, runs it, reads its execution, and deletes it after confirming. */
class AutomationPagesIntegrationTests extends IntegrationTest {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	@Autowired
	DataSources sources;

	@Autowired
	SourceRecords records;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void anAutomationIsMadeRunReadAndDeletedInTheBrowser() throws Exception {
		var organisation = accounts.organisation();
		Caller owner = new Caller(organisation.tenantId(), organisation.owner().memberId(), "مالك", Set.of(Role.OWNER),
				Locale.ENGLISH, null);
		var source = sources.connect(owner, new NewSource.BuiltIn("الطلبات")).id();
		String tableId = sources.createTable(owner, source, "Requests",
				List.of(new NewField("Title", "text"), new NewField("Status", "text"))).id();
		String record = records.create(owner, new TableRef(source, TableRef.BUILT_IN_BASE, tableId),
				Map.of("Title", "Leave")).id();
		String cookie = accounts.sessionCookie(baseUrl(), organisation.owner());

		assertThat(get(cookie, "/?lang=en").body()).contains("href=\"/automations\"", "Automations");
		String form = get(cookie, "/automations/new?lang=en").body();
		String choice = source + "|" + TableRef.BUILT_IN_BASE + "|" + tableId;
		assertThat(form).contains("New automation", "A record created or changed", "name=\"steps\"",
				"<optgroup label=\"الطلبات\">", "value=\"" + choice + "\"", ">Requests</option>",
				"automation-steps.js");
		String refused = post(cookie, "/automations?lang=en", csrf(form), Map.of("name", "Mark", "enabled", "1",
				"kind", "MANUAL", "sourceId", source.toString(), "tableId", tableId, "steps",
				"[{\"id\":\"mark\",\"type\":\"UPDATE_RECORD\",\"fields\":{\"Colour\":\"x\"}}]")).body();
		assertThat(refused).contains("Please check the form.", "Colour");
		assertThat(post(cookie, "/automations?lang=en", csrf(form), Map.of("name", "Mark", "kind", "MANUAL", "table",
				"not|a-table", "steps", "[]")).body()).contains("Please check the form.");
		HttpResponse<String> created = post(cookie, "/automations", csrf(form), Map.of("name", "Mark", "enabled", "1",
				"kind", "MANUAL", "table", choice, "steps",
				"[{\"id\":\"mark\",\"type\":\"UPDATE_RECORD\",\"fields\":{\"Status\":\"{{Title}} seen\"}}]"));
		assertThat(created.statusCode()).isEqualTo(302);
		String automation = URI.create(created.headers().firstValue("Location").orElseThrow()).getPath();

		String page = get(cookie, automation + "?lang=en").body();
		assertThat(page).contains("Mark", "By hand", "Run now", "No executions yet.");
		HttpResponse<String> ran = post(cookie, automation + "/run", csrf(page), Map.of("recordId", record));
		String execution = URI.create(ran.headers().firstValue("Location").orElseThrow()).getPath();
		await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
			.until(() -> get(cookie, execution + "?lang=en").body().contains("Succeeded"));
		assertThat(get(cookie, execution + "?lang=en").body()).contains("Update the record", "Leave seen");
		assertThat(get(cookie, automation + "?lang=ar").body()).contains("التنفيذات", "اكتمل");

		String confirm = get(cookie, automation + "/delete?lang=en").body();
		assertThat(confirm).contains("Delete this automation?");
		assertThat(post(cookie, automation + "/delete", csrf(confirm), Map.of()).statusCode()).isEqualTo(302);
		assertThat(get(cookie, "/automations?lang=en").body()).contains("No automations yet.");
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
