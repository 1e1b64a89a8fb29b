package dev.katib.automation.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import tools.jackson.databind.JsonNode;

import dev.katib.connectors.SourcesClient;
import dev.katib.support.IntegrationTest;

/** The queues filtered by batch run, and a run's letters approved together from the API and the queue page. */
class BatchQueueIntegrationTests extends IntegrationTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	BatchRuns runs;

	@Autowired
	RunControl control;

	@Test
	void aRunsLettersAreFoundInTheQueueByTheirRunAndApprovedTogether() throws Exception {
		SchoolsTable schools = SchoolsTable.of(context, accounts.organisation(), 3);
		NewRun asked = schools.run("Science fair");
		UUID run = runs.create(schools.owner(), new NewRun(asked.name(), asked.sourceId(), asked.baseId(),
				asked.tableId(), null, List.of(), asked.category(), asked.language(), asked.template(), true)).id();
		UUID other = runs.create(schools.owner(), schools.run("Another run")).id();
		control.start(schools.owner(), run);
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
			.until(() -> runs.get(schools.owner(), run).status() == RunStatus.COMPLETED);
		List<String> drafted = runs.rows(schools.owner(), run, RowStatus.SUBMITTED, 0, 10).stream()
			.map(row -> String.valueOf(row.letterId())).toList();
		assertThat(drafted).hasSize(3);

		var owner = schools.organisation().owner();
		SourcesClient api = new SourcesClient(baseUrl(), accounts);
		assertThat(ids(api.get(owner, "/api/v1/queue/review?batch=" + run, 200)))
			.containsExactlyInAnyOrderElementsOf(drafted);
		assertThat(api.get(owner, "/api/v1/queue/review?batch=" + other, 200).size()).isZero();

		String cookie = accounts.sessionCookie(baseUrl(), owner);
		HttpClient http = HttpClient.newHttpClient();
		String queue = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/queues/review?lang=en&batch=" + run))
			.header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofString()).body();
		assertThat(queue).contains("Science fair", "Choose all 3 letters of this batch run");

		JsonNode approved = api.post(owner, "/api/v1/queue/review/approve", Map.of("letterIds", drafted), 200);
		assertThat(approved.path("done").asInt()).isEqualTo(3);
		assertThat(ids(api.get(owner, "/api/v1/queue/signature?batch=" + run, 200)))
			.containsExactlyInAnyOrderElementsOf(drafted);
		assertThat(api.get(owner, "/api/v1/queue/review?batch=" + run, 200).size()).isZero();
	}

	private static List<String> ids(JsonNode queue) {
		return queue.valueStream().map(letter -> letter.path("id").asString()).toList();
	}
}
