package dev.katib.connectors;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.katib.accounts.Role;
import dev.katib.support.IntegrationTest;
import dev.katib.support.PageClient;

/** Built-in tables are renamed and deleted, on the API and on pages, and two tables of a source never share a name. */
class BuiltInTableCatalogueIntegrationTests extends IntegrationTest {

	@Test
	void aTableIsRenamedAndDeletedWithItsRecordsAndNoTwoTablesOfASourceShareAName() {
		var organisation = accounts.organisation();
		var writer = accounts.member(organisation, Role.WRITER);
		SourcesClient api = new SourcesClient(baseUrl(), accounts);
		String source = api.post(organisation.owner(), "/api/v1/sources", Map.of("kind", "BUILT_IN", "name", "جداول"), 201)
			.path("id").asString();
		String tables = "/api/v1/sources/" + source + "/bases/local/tables";
		Map<String, Object> schools = Map.of("name", "المدارس", "fields", List.of(Map.of("name", "Name", "type", "text")));
		String table = api.post(organisation.owner(), tables, schools, 201).path("id").asString();
		api.post(organisation.owner(), tables, Map.of("name", "Other", "fields", List.of(Map.of("name", "N", "type", "text"))),
				201);
		api.importRows(organisation.owner(), tables + "/" + table, List.of("Name"), List.of(List.of("أ"), List.of("ب")),
				List.of());

		assertThat(api.post(organisation.owner(), tables, schools, 400).path("field").asString()).isEqualTo("name");
		assertThat(api.patch(organisation.owner(), tables + "/" + table, Map.of("name", "other"), 400).path("detail")
			.asString()).contains("is taken");
		assertThat(api.patch(writer, tables + "/" + table, Map.of("name", "W"), 403).path("type").asString())
			.isEqualTo("urn:katib:problem:forbidden");
		var stranger = accounts.organisation().owner();
		api.patch(stranger, tables + "/" + table, Map.of("name", "Mine"), 404);
		api.delete(stranger, tables + "/" + table, 404);

		assertThat(api.patch(organisation.owner(), tables + "/" + table, Map.of("name", "مدارس المنطقة الشرقية"), 200)
			.path("name").asString()).isEqualTo("مدارس المنطقة الشرقية");
		assertThat(api.get(writer, tables + "/" + table + "/records", 200).path("records").size()).isEqualTo(2);
		api.delete(writer, tables + "/" + table, 403);
		api.delete(organisation.owner(), tables + "/" + table, 204);

		api.get(writer, tables + "/" + table + "/records", 404);
		assertThat(api.get(writer, tables, 200).valueStream().map(t -> t.path("name").asString())).containsExactly("Other");
		assertThat(api.post(organisation.owner(), tables, schools, 201).path("name").asString())
			.as("a deleted table's name is free again").isEqualTo("المدارس");
	}

	@Test
	void anOwnerRenamesAndDeletesATableFromPagesAfterAConfirmation() {
		var organisation = accounts.organisation();
		SourcesClient api = new SourcesClient(baseUrl(), accounts);
		String source = api.post(organisation.owner(), "/api/v1/sources", Map.of("kind", "BUILT_IN", "name", "Ours"), 201)
			.path("id").asString();
		String table = api.post(organisation.owner(), "/api/v1/sources/" + source + "/bases/local/tables",
				Map.of("name", "Visits", "fields", List.of(Map.of("name", "Name", "type", "text"))), 201).path("id").asString();
		PageClient owner = new PageClient(baseUrl(), accounts, organisation.owner());
		String tablePages = "/sources/" + source + "/bases/local/tables/" + table;

		assertThat(owner.get("/sources/" + source + "/bases/local?lang=en").body()).contains(tablePages + "/rename")
			.contains(tablePages + "/remove");
		assertThat(owner.get(tablePages + "/rename?lang=en").body()).contains("Rename the table").contains("value=\"Visits\"");
		assertThat(owner.post(tablePages + "/rename", "name=").body()).as("an empty name is refused on the page")
			.contains("name");
		assertThat(owner.post(tablePages + "/rename", "name=" + URLEncoder.encode("زيارات", StandardCharsets.UTF_8))
			.statusCode()).isEqualTo(302);
		assertThat(owner.get("/sources/" + source + "/bases/local?lang=en").body()).contains("زيارات")
			.contains("The table was renamed.");

		assertThat(owner.get(tablePages + "/remove?lang=en").body()).contains("Delete “زيارات” from “Ours”")
			.contains("Yes, delete the table");
		assertThat(owner.post(tablePages + "/remove", "").statusCode()).isEqualTo(302);
		assertThat(owner.get("/sources/" + source + "/bases/local?lang=en").body()).doesNotContain("زيارات")
			.contains("The table was deleted with its records.");
		assertThat(owner.get(tablePages + "/remove?lang=en").statusCode()).isEqualTo(404);

		PageClient writer = new PageClient(baseUrl(), accounts, accounts.member(organisation, Role.WRITER));
		assertThat(writer.get("/sources/" + source + "/bases/local?lang=en").body()).doesNotContain("/rename");
	}
}
