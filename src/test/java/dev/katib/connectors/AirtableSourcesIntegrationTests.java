package dev.katib.connectors;

import static dev.katib.support.FakeBase.field;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

import dev.katib.accounts.Role;
import dev.katib.support.FakeAirtable;
import dev.katib.support.FakeBase;
import dev.katib.support.IntegrationTest;
import dev.katib.support.TestAccounts;

class AirtableSourcesIntegrationTests extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	private final FakeAirtable airtable = FakeAirtable.shared();
	private FakeBase base;
	private FakeBase.Table table;
	private String token;
	private TestAccounts.TestOrganisation organisation;
	private TestAccounts.Account writer;
	private SourcesClient api;
	private String source;
	private String tablePath;

	@BeforeEach
	void connect() {
		base = airtable.base("Cases");
		table = base.table("People", field("Name", "singleLineText"), field("Amount", "number"),
				field("Joined", "date"), field("Total", "formula"));
		token = airtable.token(base);
		organisation = accounts.organisation();
		writer = accounts.member(organisation, Role.WRITER);
		api = new SourcesClient(baseUrl(), accounts);
		source = api.connectAirtable(organisation.owner(), token);
		tablePath = "/api/v1/sources/" + source + "/bases/" + base.id + "/tables/" + table.id;
	}

	@Test
	void aWrongTokenIsRefusedAtOnceSayingWhatIsWrong() {
		JsonNode problem = api.post(organisation.owner(), "/api/v1/sources",
				Map.of("kind", "AIRTABLE", "name", "Wrong", "token", "patWrongToken.0000"), 422);

		assertThat(problem.path("type").asString()).isEqualTo("urn:katib:problem:source-credential-rejected");
		assertThat(problem.path("detail").asString()).contains("token").contains("revoked");
		assertThat(problem.path("source").asString()).isEqualTo("Wrong");
	}

	@Test
	void theTokenNeverShowsInAnswersOrInTheAuditTrailBeyondItsLastFourCharacters() {
		JsonNode shown = api.get(writer, "/api/v1/sources/" + source, 200);

		assertThat(shown.path("credential").asString()).isEqualTo("••••" + token.substring(token.length() - 4));
		assertThat(shown.toString()).doesNotContain(token.substring(0, token.length() - 4));
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE details::text LIKE :token")
			.param("token", "%" + token.substring(3, 15) + "%").query(Long.class).single()).isZero();
		assertThat(jdbc.sql("SELECT details ->> 'credential' FROM audit_entry WHERE action = 'connectors.source-connected' "
				+ "AND target_id = :id").param("id", source).query(String.class).single())
			.isEqualTo("••••" + token.substring(token.length() - 4));
	}

	@Test
	void writersUseSourcesButOnlyOwnersAndAdministratorsConnectThem() {
		JsonNode refused = api.post(writer, "/api/v1/sources", Map.of("kind", "BUILT_IN", "name", "Mine"), 403);

		assertThat(refused.path("type").asString()).isEqualTo("urn:katib:problem:forbidden");
		assertThat(api.get(writer, "/api/v1/sources", 200).size()).isEqualTo(1);
	}

	@Test
	void showsBasesTablesAndEachFieldsTypeAsAJavaType() {
		assertThat(api.get(writer, "/api/v1/sources/" + source + "/bases", 200).toString()).contains(base.id).contains("Cases");

		JsonNode shown = api.get(writer, tablePath, 200);

		assertThat(shown.path("fields").toString()).contains("\"name\":\"Amount\",\"type\":\"number\",\"javaType\":\"BigDecimal\"")
			.contains("\"name\":\"Joined\",\"type\":\"date\",\"javaType\":\"LocalDate\"")
			.contains("\"name\":\"Total\",\"type\":\"formula\",\"javaType\":\"Object\",\"writable\":false");
	}

	@Test
	void createsEditsAndDeletesRecordsAndAReadAfterAWriteSeesIt() {
		JsonNode created = api.post(writer, tablePath + "/records",
				Map.of("fields", Map.of("Name", "سارة", "Amount", "12.50", "Joined", "2026-03-01")), 201);
		String id = created.path("id").asString();
		assertThat(table.records()).containsExactly(Map.of("Name", "سارة", "Amount", new java.math.BigDecimal("12.50"),
				"Joined", "2026-03-01"));

		patch(id, Map.of("Amount", 40));

		assertThat(api.get(writer, tablePath + "/records/" + id, 200).path("fields").path("Amount").asInt()).isEqualTo(40);
		client().delete().uri(tablePath + "/records/" + id).header("Authorization", accounts.bearer(writer)).exchange()
			.expectStatus().isNoContent();
		assertThat(api.get(writer, tablePath + "/records/" + id, 404).path("type").asString())
			.isEqualTo("urn:katib:problem:source-not-found");
	}

	@Test
	void refusesAValueOfTheWrongTypeBeforeSendingItNamingTheField() {
		JsonNode problem = api.post(writer, tablePath + "/records", Map.of("fields", Map.of("Amount", "twelve")), 400);

		assertThat(problem.path("type").asString()).isEqualTo("urn:katib:problem:validation-failed");
		assertThat(problem.path("field").asString()).isEqualTo("Amount");
		assertThat(api.post(writer, tablePath + "/records", Map.of("fields", Map.of("Total", "3")), 400)
			.path("detail").asString()).contains("computed");
		assertThat(table.records()).isEmpty();
	}

	@Test
	void followsOffsetsPageByPage() {
		for (int i = 0; i < 130; i++) {
			table.add(Map.of("Name", "record " + i, "Amount", i));
		}

		JsonNode first = api.get(writer, tablePath + "/records?pageSize=100&sort=Name", 200);
		JsonNode second = api.get(writer, tablePath + "/records?pageSize=100&sort=Name&offset=" + first.path("offset").asString(), 200);

		assertThat(first.path("records").size()).isEqualTo(100);
		assertThat(second.path("records").size()).isEqualTo(30);
		assertThat(second.has("offset")).isFalse();
	}

	@Test
	void nothingTypedInASearchChangesTheFormulasMeaning() {
		table.add(Map.of("Name", "Ali \"the\" \\ scribe"));
		table.add(Map.of("Name", "Huda"));

		JsonNode injected = api.get(writer, tablePath + "/records?search=" + encode("\") > 0, TRUE(), FIND(\""), 200);
		JsonNode literal = api.get(writer, tablePath + "/records?search=" + encode("\"the\" \\"), 200);

		assertThat(injected.path("records").size()).isZero();
		assertThat(literal.path("records").size()).isEqualTo(1);
		assertThat(literal.path("records").get(0).path("fields").path("Name").asString()).startsWith("Ali");
	}

	@Test
	void aTokenWithoutAccessToTheBaseSaysSo() {
		FakeBase other = airtable.base("Elsewhere");
		other.table("T", field("Name", "singleLineText"));

		JsonNode problem = api.get(writer, "/api/v1/sources/" + source + "/bases/" + other.id + "/tables", 422);

		assertThat(problem.path("type").asString()).isEqualTo("urn:katib:problem:source-access-denied");
		assertThat(problem.path("detail").asString()).contains("no access");
	}

	@Test
	void afterA429TheBaseWaitsOutThePenaltyAndTheCallIsRetriedNotLost() {
		table.add(Map.of("Name", "still here"));
		airtable.penalise(base);

		JsonNode page = api.get(writer, tablePath + "/records", 200);

		assertThat(page.path("records").size()).isEqualTo(1);
		assertThat(base.rejected()).isEqualTo(1);
	}

	@Test
	void anotherOrganisationsSourceIsNotFound() {
		TestAccounts.Account stranger = accounts.member(accounts.organisation(), Role.OWNER);

		assertThat(api.get(stranger, "/api/v1/sources/" + source, 404).path("type").asString())
			.isEqualTo("urn:katib:problem:not-found");
		api.get(stranger, tablePath + "/records", 404);
		api.post(stranger, tablePath + "/records", Map.of("fields", Map.of("Name", "x")), 404);
		assertThat(table.records()).isEmpty();
	}

	private void patch(String id, Map<String, Object> fields) {
		client().patch().uri(tablePath + "/records/" + id).header("Authorization", accounts.bearer(writer))
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.body(Map.of("fields", fields))
			.exchange().expectStatus().isOk();
	}

	private static String encode(String text) {
		return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
	}
}
