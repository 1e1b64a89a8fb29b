package dev.katib.automation.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import tools.jackson.databind.JsonNode;

import dev.katib.accounts.Role;
import dev.katib.connectors.SourcesClient;
import dev.katib.support.IntegrationTest;
import dev.katib.support.TestAccounts;

/** Batch runs over HTTP: created, previewed, started and followed; closed to other organisations; bad input refused. */
class BatchRunsApiIntegrationTests extends IntegrationTest {

	@Autowired
	ApplicationContext context;

	@Test
	void aRunIsCreatedPreviewedStartedAndFollowedToItsEnd() {
		SchoolsTable schools = SchoolsTable.of(context, accounts.organisation(), 6);
		TestAccounts.Account owner = schools.organisation().owner();
		SourcesClient api = new SourcesClient(baseUrl(), accounts);

		JsonNode created = api.post(owner, "/api/v1/batches", body(schools, SchoolsTable.TEMPLATE), 201);
		String run = "/api/v1/batches/" + created.path("id").asString();
		assertThat(created.path("status").asString()).isEqualTo("READY");
		JsonNode preview = api.post(owner, run + "/preview", Map.of(), 200);
		JsonNode previewAgain = api.post(owner, run + "/preview", Map.of(), 200);
		assertThat(preview.path("letters").size()).isEqualTo(3);
		assertThat(previewAgain.path("letters").get(0).path("id").asString())
			.isEqualTo(preview.path("letters").get(0).path("id").asString());
		assertThat(preview.path("letters").get(0).path("recipient").path("organisation").asString())
			.startsWith("مدرسة النور");
		assertThat(preview.path("estimate").path("count").asInt()).isEqualTo(6);
		assertThat(preview.path("estimate").path("covered").asBoolean()).isTrue();

		assertThat(api.post(owner, run + "/start", Map.of(), 200).path("status").asString()).isIn("RUNNING", "COMPLETED");
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
			.until(() -> api.get(owner, run, 200).path("status").asString().equals("COMPLETED"));

		JsonNode done = api.get(owner, run, 200);
		assertThat(done.path("total").asInt()).isEqualTo(6);
		assertThat(done.path("rows").path("DRAFTED").asInt()).isEqualTo(6);
		JsonNode rows = api.get(owner, run + "/rows?status=DRAFTED", 200);
		assertThat(rows.size()).isEqualTo(6);
		assertThat(rows.get(0).path("letterId").asString()).isNotBlank();
		assertThat(api.get(owner, "/api/v1/batches", 200).findValuesAsString("id")).contains(created.path("id").asString());
	}

	@Test
	void anotherOrganisationCanNeitherSeeNorControlARun() {
		SchoolsTable schools = SchoolsTable.of(context, accounts.organisation(), 2);
		TestAccounts.Account stranger = accounts.organisation().owner();
		SourcesClient api = new SourcesClient(baseUrl(), accounts);
		String id = api.post(schools.organisation().owner(), "/api/v1/batches", body(schools, SchoolsTable.TEMPLATE), 201)
			.path("id").asString();

		assertThat(api.get(stranger, "/api/v1/batches/" + id, 404).path("type").asString()).endsWith("not-found");
		api.get(stranger, "/api/v1/batches/" + id + "/rows", 404);
		for (String action : List.of("preview", "start", "pause", "resume", "cancel", "retry")) {
			api.post(stranger, "/api/v1/batches/" + id + "/" + action, Map.of(), 404);
		}
		assertThat(api.get(stranger, "/api/v1/batches", 200).findValuesAsString("id")).doesNotContain(id);
		assertThat(api.get(schools.organisation().owner(), "/api/v1/batches/" + id, 200).path("status").asString())
			.isEqualTo("READY");
	}

	@Test
	void badInputIsAnsweredWithProblemDetailsNamingTheField() {
		SchoolsTable schools = SchoolsTable.of(context, accounts.organisation(), 2);
		TestAccounts.Account owner = schools.organisation().owner();
		SourcesClient api = new SourcesClient(baseUrl(), accounts);

		JsonNode unknown = api.post(owner, "/api/v1/batches",
				body(schools, "Invite {{School name}} of {{Region}} and {{Pupils}} to the science fair."), 400);
		assertThat(unknown.path("type").asString()).endsWith("validation-failed");
		assertThat(unknown.path("field").asString()).isEqualTo("template");
		assertThat(unknown.path("unknownFields").toString()).isEqualTo("[\"Region\",\"Pupils\"]");
		assertThat(unknown.path("detail").asString()).contains("Region", "Pupils");

		Map<String, Object> noCategory = new java.util.HashMap<>(body(schools, SchoolsTable.TEMPLATE));
		noCategory.put("category", "no-such-category");
		assertThat(api.post(owner, "/api/v1/batches", noCategory, 400).path("field").asString()).isEqualTo("category");
		Map<String, Object> noName = new java.util.HashMap<>(body(schools, SchoolsTable.TEMPLATE));
		noName.remove("name");
		assertThat(api.post(owner, "/api/v1/batches", noName, 400).path("field").asString()).isEqualTo("name");
		Map<String, Object> badView = new java.util.HashMap<>(body(schools, SchoolsTable.TEMPLATE));
		badView.put("view", "No such view");
		assertThat(api.post(owner, "/api/v1/batches", badView, 400).path("field").asString()).isEqualTo("view");

		Map<String, Object> badCondition = new java.util.HashMap<>(body(schools, SchoolsTable.TEMPLATE));
		badCondition.put("conditions", List.of(Map.of("field", "Region", "operator", "equals", "value", "غرب")));
		assertThat(api.post(owner, "/api/v1/batches", badCondition, 400).path("field").asString())
			.isEqualTo("conditions[0].field");
		badCondition.put("conditions", List.of(Map.of()));
		assertThat(api.post(owner, "/api/v1/batches", badCondition, 400).path("field").asString())
			.isEqualTo("conditions[0]");

		String run = "/api/v1/batches/" + api.post(owner, "/api/v1/batches", body(schools, SchoolsTable.TEMPLATE), 201)
			.path("id").asString();
		assertThat(api.post(owner, run + "/pause", Map.of(), 409).path("type").asString())
			.endsWith("batch-run-transition-not-allowed");
		api.post(owner, run + "/resume", Map.of(), 409);
		api.post(owner, run + "/retry", Map.of(), 409);
		TestAccounts.Account writer = accounts.member(schools.organisation(), Role.WRITER);
		assertThat(api.post(writer, run + "/start", Map.of(), 403).path("type").asString()).endsWith("forbidden");
		TestAccounts.Account viewer = accounts.member(schools.organisation(), Role.VIEWER);
		api.get(viewer, "/api/v1/batches", 403);
	}

	private static Map<String, Object> body(SchoolsTable schools, String template) {
		return Map.of("name", "دعوة معرض العلوم", "sourceId", schools.table().sourceId().toString(), "baseId",
				schools.table().baseId(), "tableId", schools.table().tableId(), "category", "request", "language", "ar",
				"template", template);
	}
}
