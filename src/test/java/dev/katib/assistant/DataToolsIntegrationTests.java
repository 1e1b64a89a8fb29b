package dev.katib.assistant;

import static dev.katib.assistant.ToolCallsFixture.table;
import static dev.katib.support.FakeBase.field;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import dev.katib.accounts.Role;
import dev.katib.assistant.internal.ToolCalls;
import dev.katib.connectors.SourcesClient;
import dev.katib.platform.Hashes;
import dev.katib.platform.KatibException;
import dev.katib.platform.ProblemType;
import dev.katib.support.FakeAirtable;
import dev.katib.support.FakeBase;
import dev.katib.support.IntegrationTest;
import dev.katib.support.TestAccounts;

/** The assistant's data tools over the fake Airtable, run as the caller and audited. */
class DataToolsIntegrationTests extends IntegrationTest {

	@Autowired
	ToolCalls toolCalls;

	@Autowired
	JdbcClient jdbc;

	private ToolCallsFixture tools;
	private FakeBase.Table schools;
	private TestAccounts.TestOrganisation organisation;
	private TestAccounts.Account writer;
	private Map<String, Object> table;

	@BeforeEach
	void connect() {
		tools = new ToolCallsFixture(toolCalls, jdbc);
		FakeAirtable airtable = FakeAirtable.shared();
		FakeBase base = airtable.base("Schools");
		schools = base.table("Schools", field("Name", "singleLineText"), field("Region", "singleLineText"),
				field("Pupils", "number"), field("Answered", "checkbox"));
		organisation = accounts.organisation();
		writer = accounts.member(organisation, Role.WRITER);
		String source = new SourcesClient(baseUrl(), accounts).connectAirtable(organisation.owner(), airtable.token(base));
		table = table(source, base.id, schools.id);
	}

	@Test
	void findsRecordsByConditionsAndReadsOne() {
		schools.add(Map.of("Name", "مدرسة النور", "Region", "الشرقية", "Pupils", 300));
		schools.add(Map.of("Name", "مدرسة الفجر", "Region", "الشرقية", "Pupils", 120, "Answered", true));
		schools.add(Map.of("Name", "مدرسة الأمل", "Region", "الرياض", "Pupils", 90));

		JsonNode page = tools.call(writer, "search_records", search(List.of(
				Map.of("field", "Region", "operator", "equals", "value", "الشرقية"),
				Map.of("field", "Answered", "operator", "equals", "value", "false"))));

		assertThat(page.path("records").size()).isEqualTo(1);
		JsonNode found = page.path("records").get(0);
		assertThat(found.path("fields").path("Name").asString()).isEqualTo("مدرسة النور");
		JsonNode one = tools.call(writer, "get_record", Map.of("table", table, "recordId", found.path("id").asString()));
		assertThat(one.path("fields").path("Pupils").asInt()).isEqualTo(300);
		assertThat(tools.call(writer, "describe_table", table).path("fields").toString())
			.contains("\"name\":\"Pupils\",\"type\":\"number\",\"writable\":true");
	}

	@Test
	void nothingAModelWritesInAConditionChangesTheQuery() {
		schools.add(Map.of("Name", "Huda"));

		JsonNode page = tools.call(writer, "search_records",
				search(List.of(Map.of("field", "Name", "operator", "contains", "value", "\") > 0, TRUE(), FIND(\""))));

		assertThat(page.path("records").size()).isZero();
		assertThatThrownBy(() -> tools.call(writer, "search_records",
				search(List.of(Map.of("field", "Name} & {Region", "operator", "equals", "value", "x")))))
			.isInstanceOfSatisfying(KatibException.class,
					refused -> assertThat(refused.type()).isEqualTo(ProblemType.VALIDATION_FAILED));
	}

	@Test
	void createsUpdatesUpsertsAndDeletesInBatchesSayingWhatHappenedToEachRecord() {
		JsonNode created = tools.call(writer, "create_records", Map.of("table", table, "records", List.of(
				Map.of("fields", List.of(value("Name", "مدرسة النور"), value("Pupils", "300"))),
				Map.of("fields", List.of(value("Name", "مدرسة الفجر"), value("Pupils", "many"))))));

		assertThat(created.path("written").asInt()).isEqualTo(1);
		assertThat(created.path("records").get(1).path("problem").asString()).contains("Pupils");
		String id = created.path("records").get(0).path("recordId").asString();
		tools.call(writer, "update_records", Map.of("table", table, "records",
				List.of(Map.of("recordId", id, "fields", List.of(value("Region", "الشرقية"))))));
		JsonNode upserted = tools.call(writer, "upsert_records", Map.of("table", table, "keyFields", List.of("Name"),
				"records", List.of(Map.of("fields", List.of(value("Name", "مدرسة النور"), value("Pupils", "310"))),
						Map.of("fields", List.of(value("Name", "مدرسة الأمل"), value("Pupils", "90"))))));

		assertThat(upserted.path("records").get(0).path("action").asString()).isEqualTo("updated");
		assertThat(upserted.path("records").get(0).path("recordId").asString()).isEqualTo(id);
		assertThat(upserted.path("records").get(1).path("action").asString()).isEqualTo("created");
		assertThat(schools.records()).hasSize(2).anySatisfy(record -> assertThat(record).containsEntry("Region", "الشرقية")
			.containsEntry("Name", "مدرسة النور").extractingByKey("Pupils").asString().isEqualTo("310"));
		tools.call(writer, "delete_records", Map.of("table", table, "recordIds", List.of(id)));
		assertThat(schools.records()).extracting(record -> record.get("Name")).containsExactly("مدرسة الأمل");
	}

	@Test
	void anotherOrganisationsSourceIsNotFoundAndTheRefusalIsAudited() {
		TestAccounts.Account stranger = accounts.member(accounts.organisation(), Role.OWNER);

		assertThatThrownBy(() -> tools.call(stranger, "describe_table", table))
			.isInstanceOfSatisfying(KatibException.class,
					refused -> assertThat(refused.type().status().value()).isEqualTo(404));
		assertThatThrownBy(() -> tools.call(stranger, "delete_records", Map.of("table", table, "recordIds",
				List.of(schools.add(Map.of("Name", "Kept"))))))
			.isInstanceOf(KatibException.class);
		assertThat(schools.records()).hasSize(1);
		assertThat(tools.lastAudit(stranger, "delete_records").get("outcome")).isEqualTo("FAILURE");
	}

	@Test
	void aViewerCannotWriteRecordsAndTheDenialIsAudited() {
		TestAccounts.Account viewer = accounts.member(organisation, Role.VIEWER);
		Map<String, Object> arguments = Map.of("table", table, "records",
				List.of(Map.of("fields", List.of(value("Name", "Injected")))));

		assertThatThrownBy(() -> tools.call(viewer, "create_records", arguments))
			.isInstanceOfSatisfying(KatibException.class,
					refused -> assertThat(refused.type()).isEqualTo(ProblemType.FORBIDDEN));
		assertThat(schools.records()).isEmpty();
		assertThat(tools.lastAudit(viewer, "create_records").get("outcome")).isEqualTo("DENIED");
	}

	@Test
	void everyCallIsAuditedWithWhoTheToolAHashOfTheArgumentsTheResultSizeAndTheLatency() {
		schools.add(Map.of("Name", "مدرسة النور"));
		String arguments = ToolCallsFixture.json(table);

		String result = toolCalls.call(ToolCallsFixture.caller(writer), "describe_table", arguments, ToolCalls.Channel.MCP);

		Map<String, Object> entry = tools.lastAudit(writer, "describe_table");
		assertThat(entry.get("actor_id")).isEqualTo(writer.memberId());
		assertThat(entry.get("outcome")).isEqualTo("SUCCESS");
		assertThat(entry.get("source_address")).isEqualTo("192.0.2.7");
		assertThat((String) entry.get("details")).contains("\"argumentsSha256\": \"" + Hashes.sha256Hex(arguments) + "\"")
			.contains("\"resultBytes\": \"" + result.getBytes(java.nio.charset.StandardCharsets.UTF_8).length + "\"")
			.contains("\"channel\": \"mcp\"").contains("\"latencyMs\": ").doesNotContain("مدرسة");
	}

	@Test
	void argumentsThatBreakTheSchemaAreRefusedBeforeAnythingRuns() {
		assertThatThrownBy(() -> tools.call(writer, "create_records", Map.of("table", table, "records", List.of(),
				"extra", true)))
			.isInstanceOfSatisfying(KatibException.class,
					refused -> assertThat(refused.type()).isEqualTo(ProblemType.VALIDATION_FAILED));
		assertThatThrownBy(() -> tools.call(writer, "describe_table", "[1, 2"))
			.isInstanceOfSatisfying(KatibException.class,
					refused -> assertThat(refused.type()).isEqualTo(ProblemType.VALIDATION_FAILED));
	}

	private Map<String, Object> search(List<Map<String, String>> conditions) {
		Map<String, Object> arguments = new java.util.HashMap<>();
		arguments.put("table", table);
		arguments.put("conditions", conditions);
		arguments.put("matchAny", false);
		arguments.put("fields", List.of());
		arguments.put("sortField", null);
		arguments.put("descending", false);
		arguments.put("pageSize", 20);
		arguments.put("offset", null);
		return arguments;
	}

	static Map<String, Object> value(String field, String value) {
		return Map.of("field", field, "value", value);
	}
}
