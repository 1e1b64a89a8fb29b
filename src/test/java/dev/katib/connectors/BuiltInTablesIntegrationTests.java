package dev.katib.connectors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import dev.katib.accounts.Role;
import dev.katib.support.IntegrationTest;
import dev.katib.support.PageClient;
import dev.katib.support.TestAccounts;

class BuiltInTablesIntegrationTests extends IntegrationTest {

	@Test
	void aBuiltInTableTakesRecordsSearchesThemAndAnImportWithAnUpsertKeyUpdatesInsteadOfDuplicating() {
		var organisation = accounts.organisation();
		TestAccounts.Account writer = accounts.member(organisation, Role.WRITER);
		SourcesClient api = new SourcesClient(baseUrl(), accounts);
		String source = api.post(organisation.owner(), "/api/v1/sources", Map.of("kind", "BUILT_IN", "name", "جداولنا"), 201)
			.path("id").asString();
		String table = api.post(organisation.owner(), "/api/v1/sources/" + source + "/bases/local/tables",
				Map.of("name", "Recipients", "fields", List.of(Map.of("name", "Email", "type", "email"),
						Map.of("name", "Name", "type", "text"), Map.of("name", "Visits", "type", "number"),
						Map.of("name", "Since", "type", "date"))), 201)
			.path("id").asString();
		String path = "/api/v1/sources/" + source + "/bases/local/tables/" + table;
		List<String> header = List.of("Email", "Name", "Visits", "Since");
		List<List<Object>> rows = List.of(List.of("a@example.org", "أحمد", 3, "2026-01-05"),
				List.of("b@example.org", "Noura 100%_off", 7, "2026-02-10"));

		JsonNode first = api.importRows(writer, path, header, rows, List.of("Email"));
		JsonNode again = api.importRows(writer, path, header,
				List.of(List.of("a@example.org", "أحمد", 4, "2026-01-05"), rows.get(1)), List.of("Email"));

		assertThat(first.path("created").asInt()).isEqualTo(2);
		assertThat(again.path("created").asInt()).isZero();
		assertThat(again.path("updated").asInt()).isEqualTo(2);
		JsonNode all = api.get(writer, path + "/records?sort=Email", 200).path("records");
		assertThat(all.size()).isEqualTo(2);
		assertThat(all.get(0).path("fields").path("Visits").asInt()).isEqualTo(4);
		assertThat(all.get(0).path("fields").path("Since").asString()).isEqualTo("2026-01-05");
		JsonNode found = api.get(writer, path + "/records?search=" + java.net.URLEncoder.encode("100%_", java.nio.charset.StandardCharsets.UTF_8)
				+ "&searchField=Name", 200).path("records");
		assertThat(found.size()).isEqualTo(1);
		assertThat(api.get(writer, path + "/records?search=%25&searchField=Name", 200).path("records").size()).isEqualTo(1);
	}

	@Test
	void rowsThatDoNotFitTheirFieldsAreReportedByRowAndTheOthersImported() {
		var organisation = accounts.organisation();
		SourcesClient api = new SourcesClient(baseUrl(), accounts);
		String path = builtInTable(api, organisation.owner(), List.of(Map.of("name", "Name", "type", "text"),
				Map.of("name", "Age", "type", "number")));

		JsonNode done = api.importRows(organisation.owner(), path,
				List.of("Name", "Age"), List.of(List.of("Ali", 30), List.of("Mona", "thirty"), List.of("Sami", 41)), List.of());

		assertThat(done.path("created").asInt()).isEqualTo(2);
		assertThat(done.path("failures").size()).isEqualTo(1);
		assertThat(done.path("failures").get(0).path("row").asInt()).isEqualTo(2);
		assertThat(done.path("failures").get(0).path("reason").asString()).contains("Age");
	}

	@Test
	void anImportRetriedWithTheSameIdempotencyKeyRunsOnceAndTheKeyCannotCarryOtherRows() {
		var organisation = accounts.organisation();
		SourcesClient api = new SourcesClient(baseUrl(), accounts);
		String path = builtInTable(api, organisation.owner(), List.of(Map.of("name", "Name", "type", "text")));
		Map<String, Object> body = Map.of("header", List.of("Name"), "rows", List.of(List.of("Ali"), List.of("Mona")));

		JsonNode first = api.postOnce(organisation.owner(), path + "/imports", "import-7", body, 202);
		JsonNode retried = api.postOnce(organisation.owner(), path + "/imports", "import-7", body, 202);
		api.waitFor(organisation.owner(), first.path("id").asString(), java.time.Duration.ofMinutes(1));

		assertThat(retried.path("id").asString()).isEqualTo(first.path("id").asString());
		assertThat(api.get(organisation.owner(), path + "/records", 200).path("records").size()).isEqualTo(2);
		assertThat(api.postOnce(organisation.owner(), path + "/imports", "import-7",
				Map.of("header", List.of("Name"), "rows", List.of(List.of("Other"))), 409).path("type").asString())
			.isEqualTo("urn:katib:problem:conflict");
	}

	@Test
	void anUpsertWhoseKeyMatchesTwoRecordsIsRefusedNamingTheKeyAndTheCountAndChangesNothing() {
		var organisation = accounts.organisation();
		SourcesClient api = new SourcesClient(baseUrl(), accounts);
		String path = builtInTable(api, organisation.owner(), List.of(Map.of("name", "Name", "type", "text"),
				Map.of("name", "Age", "type", "number")));
		api.importRows(organisation.owner(), path, List.of("Name", "Age"),
				List.of(List.of("Ali", 30), List.of("Ali", 31), List.of("Mona", 40)), List.of());

		JsonNode refused = api.post(organisation.owner(), path + "/imports", Map.of("header", List.of("Name", "Age"),
				"rows", List.of(List.of("Mona", 41), List.of("Ali", 50)), "upsertKey", List.of("Name")), 409);

		assertThat(refused.path("type").asString()).isEqualTo("urn:katib:problem:upsert-key-ambiguous");
		assertThat(refused.path("matches").asInt()).isEqualTo(2);
		assertThat(refused.path("row").asInt()).isEqualTo(2);
		assertThat(refused.path("upsertKey").get(0).asString()).isEqualTo("Name");
		assertThat(refused.path("values").path("Name").asString()).isEqualTo("Ali");
		assertThat(refused.path("detail").asString()).contains("Name").contains("Ali").contains("2 records");
		JsonNode records = api.get(organisation.owner(), path + "/records?sort=Age", 200).path("records");
		assertThat(records.findValuesAsString("Name")).containsExactly("Ali", "Ali", "Mona");
		assertThat(records.get(2).path("fields").path("Age").asInt()).isEqualTo(40);
		assertThat(api.get(organisation.owner(), path + "/imports", 200)).hasSize(1);
	}

	@Test
	void aTickBoxTakesOnlyAJsonBooleanThroughTheApiWhileTheFormStillTicksIt() {
		var organisation = accounts.organisation();
		SourcesClient api = new SourcesClient(baseUrl(), accounts);
		String path = builtInTable(api, organisation.owner(), List.of(Map.of("name", "Name", "type", "text"),
				Map.of("name", "Done", "type", "checkbox")));

		for (Object notABoolean : List.of("yes", 1, "true")) {
			JsonNode refused = api.post(organisation.owner(), path + "/records",
					Map.of("fields", Map.of("Name", "Ali", "Done", notABoolean)), 400);
			assertThat(refused.path("type").asString()).isEqualTo("urn:katib:problem:validation-failed");
			assertThat(refused.path("field").asString()).as("%s", notABoolean).isEqualTo("Done");
		}
		String id = api.post(organisation.owner(), path + "/records", Map.of("fields", Map.of("Name", "Ali", "Done", true)),
				201).path("id").asString();
		assertThat(api.patch(organisation.owner(), path + "/records/" + id, Map.of("fields", Map.of("Done", "false")), 400)
			.path("field").asString()).isEqualTo("Done");
		JsonNode import_ = api.post(organisation.owner(), path + "/imports", Map.of("header", List.of("Name", "Done"),
				"rows", List.of(List.of("Mona", false), List.of("Sami", "yes"))), 400);
		assertThat(import_.path("field").asString()).isEqualTo("Done");
		assertThat(import_.path("row").asInt()).isEqualTo(2);

		PageClient page = new PageClient(baseUrl(), accounts, organisation.owner());
		String form = path.substring("/api/v1".length()) + "/records/new";
		page.get(form);
		assertThat(page.post(form, "field0=Huda&field1=on").statusCode()).isEqualTo(302);
		JsonNode records = api.get(organisation.owner(), path + "/records?sort=Name", 200).path("records");
		assertThat(records.findValuesAsString("Name")).containsExactly("Ali", "Huda");
		assertThat(records.get(0).path("fields").path("Done").asBoolean()).isTrue();
		assertThat(records.get(1).path("fields").path("Done").asBoolean()).isTrue();
	}

	/** A new built-in source with one table of these fields; the table's path in the API. */
	private static String builtInTable(SourcesClient api, TestAccounts.Account owner, List<Map<String, String>> fields) {
		String source = api.post(owner, "/api/v1/sources", Map.of("kind", "BUILT_IN", "name", "T"), 201).path("id").asString();
		String table = api.post(owner, "/api/v1/sources/" + source + "/bases/local/tables",
				Map.of("name", "T", "fields", fields), 201).path("id").asString();
		return "/api/v1/sources/" + source + "/bases/local/tables/" + table;
	}
}
