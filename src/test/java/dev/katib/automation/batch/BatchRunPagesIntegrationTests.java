package dev.katib.automation.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import dev.katib.support.IntegrationTest;
import dev.katib.support.PageClient;

/** A writer builds a run in the browser, starts it and watches its progress until it completes. */
class BatchRunPagesIntegrationTests extends IntegrationTest {

	@Autowired
	ApplicationContext context;

	@Test
	void aRunIsCreatedStartedAndFollowedInTheBrowser() {
		SchoolsTable schools = SchoolsTable.of(context, accounts.organisation(), 4);
		PageClient browser = new PageClient(baseUrl(), accounts, schools.organisation().owner());

		String list = browser.get("/batches?lang=en").body();
		assertThat(list).contains("href=\"/batches\"", "New batch run", "Request for every letter");
		HttpResponse<String> created = browser.post("/batches", Map.of("name", "Science fair",
				"sourceId", schools.table().sourceId().toString(), "baseId", "local", "tableId", schools.table().tableId(),
				"category", "request", "language", "ar", "template", SchoolsTable.TEMPLATE));
		assertThat(created.statusCode()).isEqualTo(302);
		String run = URI.create(created.headers().firstValue("Location").orElseThrow()).getPath();

		String page = browser.get(run + "?lang=en").body();
		assertThat(page).contains("Science fair", "Ready", "Preview three letters");
		assertThat(browser.post(run + "/start", Map.of()).statusCode()).isEqualTo(302);
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
			.until(() -> browser.get(run + "/progress?lang=en").body().contains("Completed"));

		String done = browser.get(run + "?lang=en").body();
		assertThat(done).contains("4 of 4 rows done", "Open letter").doesNotContain("hx-trigger");
		assertThat(browser.get("/batches?lang=ar").body()).contains("دفعات الخطابات", "Science fair");
	}

	@Test
	void aTemplateWithAnUnknownFieldIsRefusedOnThePageNamingTheField() {
		SchoolsTable schools = SchoolsTable.of(context, accounts.organisation(), 1);
		PageClient browser = new PageClient(baseUrl(), accounts, schools.organisation().owner());

		browser.get("/batches?lang=en");
		HttpResponse<String> refused = browser.post("/batches?lang=en", Map.of("name", "Typo",
				"sourceId", schools.table().sourceId().toString(), "baseId", "local", "tableId", schools.table().tableId(),
				"category", "request", "language", "ar", "template", "Invite {{School nmae}} to the science fair."));

		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("Please check the form.", "School nmae", "Invite {{School nmae}}");
	}
}
