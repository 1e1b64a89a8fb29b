package dev.katib.automation.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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
import dev.katib.support.PageClient;

/** A member makes an automation in the browser, runs it, reads its execution, and deletes it after confirming. */
class AutomationPagesIntegrationTests extends IntegrationTest {

	@Autowired
	DataSources sources;

	@Autowired
	SourceRecords records;

	@Test
	void anAutomationIsMadeRunReadAndDeletedInTheBrowser() {
		var organisation = accounts.organisation();
		Caller owner = new Caller(organisation.tenantId(), organisation.owner().memberId(), "مالك", Set.of(Role.OWNER),
				Locale.ENGLISH, null);
		var source = sources.connect(owner, new NewSource.BuiltIn("الطلبات")).id();
		String tableId = sources.createTable(owner, source, "Requests",
				List.of(new NewField("Title", "text"), new NewField("Status", "text"))).id();
		String record = records.create(owner, new TableRef(source, TableRef.BUILT_IN_BASE, tableId),
				Map.of("Title", "Leave")).id();
		PageClient browser = new PageClient(baseUrl(), accounts, organisation.owner());

		assertThat(browser.get("/?lang=en").body()).contains("href=\"/automations\"", "Automations");
		String form = browser.get("/automations/new?lang=en").body();
		String choice = source + "|" + TableRef.BUILT_IN_BASE + "|" + tableId;
		assertThat(form).contains("New automation", "A record created or changed", "name=\"steps\"",
				"<optgroup label=\"الطلبات\">", "value=\"" + choice + "\"", ">Requests</option>",
				"automation-steps.js");
		String refused = browser.post("/automations?lang=en", Map.of("name", "Mark", "enabled", "1",
				"kind", "MANUAL", "sourceId", source.toString(), "tableId", tableId, "steps",
				"[{\"id\":\"mark\",\"type\":\"UPDATE_RECORD\",\"fields\":{\"Colour\":\"x\"}}]")).body();
		assertThat(refused).contains("Please check the form.", "Colour");
		assertThat(browser.post("/automations?lang=en", Map.of("name", "Mark", "kind", "MANUAL", "table",
				"not|a-table", "steps", "[]")).body()).contains("Please check the form.");
		for (String broken : new String[] { "\\u0000", "x\\ud800" }) {
			HttpResponse<String> unstorable = browser.post("/automations?lang=en", Map.of("name", "Mark", "kind",
					"MANUAL", "table", choice, "steps", "[{\"id\":\"check\",\"type\":\"CONDITION\",\"conditions\":"
							+ "[{\"field\":\"" + broken + "\",\"operator\":\"equals\",\"value\":\"v\"}]}]"));
			assertThat(unstorable.statusCode()).as(broken).isLessThan(500);
			assertThat(unstorable.body()).contains("Please check the form.", "steps[0].conditions[0].field");
		}
		HttpResponse<String> created = browser.post("/automations", Map.of("name", "Mark", "enabled", "1",
				"kind", "MANUAL", "table", choice, "steps",
				"[{\"id\":\"mark\",\"type\":\"UPDATE_RECORD\",\"fields\":{\"Status\":\"{{Title}} seen\"}}]"));
		assertThat(created.statusCode()).isEqualTo(302);
		String automation = URI.create(created.headers().firstValue("Location").orElseThrow()).getPath();

		String page = browser.get(automation + "?lang=en").body();
		assertThat(page).contains("Mark", "By hand", "Run now", "No executions yet.");
		HttpResponse<String> ran = browser.post(automation + "/run", Map.of("recordId", record));
		String execution = URI.create(ran.headers().firstValue("Location").orElseThrow()).getPath();
		await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
			.until(() -> browser.get(execution + "?lang=en").body().contains("Succeeded"));
		assertThat(browser.get(execution + "?lang=en").body()).contains("Update the record", "Leave seen");
		assertThat(browser.get(automation + "?lang=ar").body()).contains("التنفيذات", "اكتمل");

		String confirm = browser.get(automation + "/delete?lang=en").body();
		assertThat(confirm).contains("Delete this automation?");
		assertThat(browser.post(automation + "/delete", Map.of()).statusCode()).isEqualTo(302);
		assertThat(browser.get("/automations?lang=en").body()).contains("No automations yet.");
	}
}
