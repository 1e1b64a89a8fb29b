package dev.katib.assistant;

import static dev.katib.support.FakeBase.field;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import dev.katib.accounts.Role;
import dev.katib.archive.Archive;
import dev.katib.archive.FileKind;
import dev.katib.archive.StoreRequest;
import dev.katib.knowledge.Language;
import dev.katib.knowledge.WritingKnowledge;
import dev.katib.letters.DraftLetter;
import dev.katib.letters.Letters;
import dev.katib.letters.RecipientInput;
import dev.katib.connectors.SourcesClient;
import dev.katib.support.FakeAirtable;
import dev.katib.support.FakeBase;
import dev.katib.support.IntegrationTest;
import dev.katib.support.TestAccounts;

/** The official MCP Java SDK client over real HTTP against the running application, with Katib API keys. */
class McpServerIntegrationTests extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	WritingKnowledge knowledge;

	@Autowired
	Letters letters;

	@Autowired
	Archive archive;

	private final List<McpSyncClient> clients = new java.util.ArrayList<>();
	private SourcesClient api;
	private TestAccounts.TestOrganisation organisation;
	private TestAccounts.Account admin;
	private FakeBase.Table schools;
	private Map<String, Object> table;

	@BeforeEach
	void connect() {
		FakeAirtable airtable = FakeAirtable.shared();
		FakeBase base = airtable.base("Invitations");
		schools = base.table("Schools", field("Name", "singleLineText"), field("Region", "singleLineText"));
		organisation = accounts.organisation();
		admin = accounts.member(organisation, Role.ADMIN, Role.WRITER, Role.VIEWER);
		api = new SourcesClient(baseUrl(), accounts);
		String source = api.connectAirtable(organisation.owner(), airtable.token(base));
		table = ToolCallsFixture.table(source, base.id, schools.id);
	}

	@AfterEach
	void close() {
		clients.forEach(McpSyncClient::close);
	}

	@Test
	void aClientInitialisesListsToolsWithTheirHintsAndCallsAReadAndAWriteTool() {
		schools.add(Map.of("Name", "مدرسة النور", "Region", "الشرقية"));
		McpSyncClient client = client(key("WRITER").path("secret").asString());

		McpSchema.InitializeResult initialised = client.initialize();
		List<McpSchema.Tool> tools = client.listTools().tools();

		assertThat(initialised.protocolVersion()).isEqualTo("2025-11-25");
		assertThat(initialised.serverInfo().name()).isEqualTo("katib");
		assertThat(tools).extracting(McpSchema.Tool::name).contains("search_records", "create_records", "delete_records",
				"draft_letter_for_record", "search_archive");
		assertThat(tool(tools, "search_records").annotations().readOnlyHint()).isTrue();
		assertThat(tool(tools, "create_records").annotations().readOnlyHint()).isFalse();
		assertThat(tool(tools, "create_records").annotations().destructiveHint()).isFalse();
		assertThat(tool(tools, "delete_records").annotations().destructiveHint()).isTrue();
		assertThat(tool(tools, "search_records").inputSchema()).containsKey("required").containsEntry("additionalProperties", false);

		McpSchema.CallToolResult found = client.callTool(new McpSchema.CallToolRequest("get_record", Map.of("table", table,
				"recordId", schools.recordIds().getFirst())));
		McpSchema.CallToolResult created = client.callTool(new McpSchema.CallToolRequest("create_records", Map.of("table",
				table, "records", List.of(Map.of("fields", List.of(Map.of("field", "Name", "value", "مدرسة الفجر")))))));

		assertThat(found.isError()).isFalse();
		assertThat(text(found)).contains("مدرسة النور");
		assertThat(created.isError()).isFalse();
		assertThat(schools.records()).extracting(record -> record.get("Name")).contains("مدرسة الفجر");
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'assistant.tool-called' AND actor_id = :actor"
				+ " AND details ->> 'channel' = 'mcp' AND outcome = 'SUCCESS'").param("actor", admin.memberId())
			.query(Long.class).single()).isEqualTo(2);
	}

	@Test
	void aKeyIsShownAndAllowedOnlyTheToolsItsScopesGrant() {
		McpSyncClient client = client(key("VIEWER").path("secret").asString());
		client.initialize();

		List<McpSchema.Tool> tools = client.listTools().tools();
		McpSchema.CallToolResult refused = client.callTool(new McpSchema.CallToolRequest("create_records", Map.of("table",
				table, "records", List.of(Map.of("fields", List.of(Map.of("field", "Name", "value", "Injected")))))));

		assertThat(tools).extracting(McpSchema.Tool::name).contains("list_letters", "search_archive")
			.doesNotContain("create_records", "search_records", "draft_letter_for_record");
		assertThat(refused.isError()).isTrue();
		assertThat(text(refused)).contains("urn:katib:problem:forbidden");
		assertThat(schools.records()).isEmpty();
	}

	@Test
	void aRevokedKeyIsRefused() {
		JsonNode key = key("WRITER");
		McpSyncClient client = client(key.path("secret").asString());
		client.initialize();

		client().delete().uri("/api/v1/api-keys/" + key.path("key").path("id").asString())
			.header("Authorization", accounts.bearer(admin)).exchange().expectStatus().is2xxSuccessful();

		assertThatThrownBy(() -> client.callTool(new McpSchema.CallToolRequest("list_sources", Map.of())))
			.isInstanceOf(RuntimeException.class);
		assertThatThrownBy(() -> client(key.path("secret").asString()).initialize()).isInstanceOf(RuntimeException.class);
	}

	@Test
	void lettersAndArchivedDocumentsAreResourcesOfTheKeysOrganisationOnly() {
		knowledge.seedCategories(organisation.tenantId());
		UUID letter = letters.draft(ToolCallsFixture.caller(admin), new DraftLetter("request", Language.ARABIC,
				new RecipientInput("سارة الأحمد", "saada", null, null, "مدرسة النور"), null,
				"نرجو التكرم بالموافقة على مشاركة المدرسة في معرض العلوم", null, null), null).id();
		byte[] invitation = "دعوة لحضور معرض العلوم".getBytes(StandardCharsets.UTF_8);
		UUID file = archive.store(StoreRequest.upload(organisation.tenantId(), null, FileKind.INCOMING, "invitation.txt",
				"text/plain", invitation)).id();
		McpSyncClient client = client(key("VIEWER").path("secret").asString());
		client.initialize();

		List<String> templates = client.listResourceTemplates().resourceTemplates().stream()
			.map(McpSchema.ResourceTemplate::uriTemplate).toList();
		var letterRead = client.readResource(new McpSchema.ReadResourceRequest("katib://letters/" + letter));
		var fileRead = client.readResource(new McpSchema.ReadResourceRequest("katib://archive/" + file));

		assertThat(templates).containsExactlyInAnyOrder("katib://letters/{letterId}", "katib://archive/{fileId}");
		assertThat(((McpSchema.TextResourceContents) letterRead.contents().getFirst()).text()).contains(letter.toString())
			.contains("سارة الأحمد");
		assertThat(Base64.getDecoder().decode(((McpSchema.BlobResourceContents) fileRead.contents().getFirst()).blob()))
			.isEqualTo(invitation);
		TestAccounts.TestOrganisation other = accounts.organisation();
		TestAccounts.Account stranger = accounts.member(other, Role.ADMIN, Role.VIEWER);
		McpSyncClient strangers = client(api.post(stranger, "/api/v1/api-keys", Map.of("name", "other", "scopes",
				List.of("VIEWER"), "expiresAt", clock.instant().plus(Duration.ofDays(30)).toString()), 201)
			.path("secret").asString());
		strangers.initialize();
		assertThatThrownBy(() -> strangers.readResource(new McpSchema.ReadResourceRequest("katib://letters/" + letter)))
			.isInstanceOfSatisfying(McpError.class, refused -> assertThat(refused.getJsonRpcError().code())
				.isEqualTo(McpSchema.ErrorCodes.RESOURCE_NOT_FOUND));
		assertThatThrownBy(() -> strangers.readResource(new McpSchema.ReadResourceRequest("katib://archive/" + file)))
			.isInstanceOfSatisfying(McpError.class, refused -> assertThat(refused.getJsonRpcError().code())
				.isEqualTo(McpSchema.ErrorCodes.RESOURCE_NOT_FOUND));
		List<Map<String, Object>> audited = resourceReads(organisation.tenantId());
		assertThat(audited).extracting(row -> row.get("target_id"), row -> row.get("outcome"))
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("letter", "SUCCESS"),
					org.assertj.core.groups.Tuple.tuple("archived-document", "SUCCESS"));
		Map<String, Object> document = audited.stream().filter(row -> row.get("target_id").equals("archived-document"))
			.findFirst().orElseThrow();
		assertThat(document.get("actor_id")).isEqualTo(admin.memberId());
		assertThat(document.get("details").toString()).contains("\"channel\": \"mcp\"")
			.contains("\"resultBytes\": \"" + invitation.length + "\"")
			.contains(dev.katib.platform.Hashes.sha256Hex("katib://archive/" + file))
			.doesNotContain(file.toString());
		assertThat(resourceReads(other.tenantId())).extracting(row -> row.get("outcome")).containsExactly("FAILURE",
				"FAILURE");
	}

	private List<Map<String, Object>> resourceReads(UUID tenant) {
		return jdbc.sql("""
				SELECT target_id, outcome, actor_id, details::text AS details FROM audit_entry
				WHERE tenant_id = :tenant AND action = 'assistant.resource-read' ORDER BY sequence""")
			.param("tenant", tenant).query().listOfRows();
	}

	private JsonNode key(String scope) {
		return api.post(admin, "/api/v1/api-keys", Map.of("name", "MCP " + scope, "scopes", List.of(scope),
				"expiresAt", clock.instant().plus(Duration.ofDays(30)).toString()), 201);
	}

	private McpSyncClient client(String key) {
		var transport = HttpClientStreamableHttpTransport.builder(baseUrl())
			.endpoint("/mcp")
			.requestBuilder(HttpRequest.newBuilder().header("Authorization", "Bearer " + key))
			.build();
		McpSyncClient client = McpClient.sync(transport).requestTimeout(Duration.ofSeconds(20)).build();
		clients.add(client);
		return client;
	}

	private static McpSchema.Tool tool(List<McpSchema.Tool> tools, String name) {
		return tools.stream().filter(tool -> tool.name().equals(name)).findFirst().orElseThrow();
	}

	private static String text(McpSchema.CallToolResult result) {
		return ((McpSchema.TextContent) result.content().getFirst()).text();
	}
}
