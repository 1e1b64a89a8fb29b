package dev.katib.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

import dev.katib.accounts.Caller;
import dev.katib.accounts.Role;
import dev.katib.connectors.DataSources;
import dev.katib.connectors.NewField;
import dev.katib.connectors.NewSource;
import dev.katib.connectors.SourceRecords;
import dev.katib.connectors.SourcesClient;
import dev.katib.connectors.TableRef;
import dev.katib.support.FakeModelServer;
import dev.katib.support.FakeModelServer.Reply;
import dev.katib.support.FakeModelServer.ScriptedCall;
import dev.katib.support.IntegrationTest;
import dev.katib.support.ModelGatewaySwitch;
import dev.katib.support.TestAccounts;

/** A turn streamed as server-sent events: the text, each tool call, the calls that wait, the end, or a problem. */
class AssistantStreamIntegrationTests extends IntegrationTest {

	private static final String CONVERSATIONS = "/api/v1/assistant/conversations";
	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	ModelGatewaySwitch gateways;

	@Autowired
	DataSources sources;

	@Autowired
	SourceRecords records;

	@Test
	void streamsTheToolCallsTheTextAndTheEndThenAWriteThatWaitsAndItsConfirmation() throws Exception {
		TestAccounts.TestOrganisation organisation = accounts.organisation();
		TestAccounts.Account writer = accounts.member(organisation, Role.WRITER);
		Caller owner = ToolCallsFixture.caller(organisation.owner());
		UUID source = sources.connect(owner, new NewSource.BuiltIn("المدارس")).id();
		String tableId = sources.createTable(owner, source, "Schools", List.of(new NewField("Name", "text"))).id();
		records.create(owner, new TableRef(source, TableRef.BUILT_IN_BASE, tableId), Map.of("Name", "مدرسة النور"));
		String table = JSON.writeValueAsString(Map.of("sourceId", source.toString(), "baseId", TableRef.BUILT_IN_BASE,
				"tableId", tableId));
		String create = "{\"table\":" + table + ",\"records\":[{\"fields\":[{\"field\":\"Name\",\"value\":\"هدى\"}]}]}";
		String id = new SourcesClient(baseUrl(), accounts).post(writer, CONVERSATIONS, Map.of("title", "المدارس"), 201)
			.path("id").asString();
		try (FakeModelServer model = FakeModelServer.start(); var fake = gateways.useFake(model)) {
			model.enqueue(Reply.toolCalls("", new ScriptedCall("c1", "describe_table", table)),
					Reply.answer("في الجدول مدرسة النور."),
					Reply.toolCalls("", new ScriptedCall("c2", "create_records", create)), Reply.answer("أضفت هدى."));

			String answered = stream(writer, CONVERSATIONS + "/" + id + "/questions/stream",
					Map.of("question", "ما المدارس؟"));
			String waiting = stream(writer, CONVERSATIONS + "/" + id + "/questions/stream", Map.of("question", "أضف هدى"));
			String confirmed = stream(writer, CONVERSATIONS + "/" + id + "/confirmation/stream",
					Map.of("confirmed", true));

			assertThat(answered).containsSubsequence("event:tool-started", "\"name\":\"describe_table\"",
					"event:tool-finished", "<data label=\\\"tool-result.describe_table\\\">", "event:text",
					"event:end", "\"outcome\":\"ANSWERED\"", "مدرسة النور");
			assertThat(waiting).containsSubsequence("event:tool-waiting", "\"tool\":\"create_records\"", "event:end",
					"\"outcome\":\"NEEDS_CONFIRMATION\"").doesNotContain("event:tool-started");
			assertThat(confirmed).containsSubsequence("event:tool-started", "create_records", "event:tool-finished",
					"event:end", "أضفت هدى.");
		}
	}

	@Test
	void aTurnThatCannotRunEndsWithAProblemEventAndAnotherMembersConversationIsNotFound() {
		TestAccounts.TestOrganisation organisation = accounts.organisation();
		TestAccounts.Account writer = accounts.member(organisation, Role.WRITER);
		TestAccounts.Account other = accounts.member(organisation, Role.WRITER);
		String id = new SourcesClient(baseUrl(), accounts).post(writer, CONVERSATIONS, Map.of("title", "سؤال"), 201)
			.path("id").asString();

		String offline = stream(writer, CONVERSATIONS + "/" + id + "/questions/stream", Map.of("question", "ما المدارس؟"));
		String foreign = stream(other, CONVERSATIONS + "/" + id + "/questions/stream", Map.of("question", "ما المدارس؟"));
		String nothingWaits = stream(writer, CONVERSATIONS + "/" + id + "/confirmation/stream",
				Map.of("confirmed", true));

		assertThat(offline).contains("event:end", "\"reason\":\"NEEDS_MODEL\"");
		assertThat(foreign).contains("event:problem", "urn:katib:problem:not-found", "\"status\":404")
			.doesNotContain("event:end");
		assertThat(nothingWaits).contains("event:problem", "urn:katib:problem:conflict");
		client().post().uri(CONVERSATIONS + "/" + id + "/questions/stream").header("Authorization",
				accounts.bearer(writer)).contentType(MediaType.APPLICATION_JSON).accept(MediaType.TEXT_EVENT_STREAM)
			.body(Map.of("question", " ")).exchange().expectStatus().isBadRequest();
	}

	private String stream(TestAccounts.Account account, String path, Map<String, Object> body) {
		// an event stream is UTF-8 whatever its content type says
		return new String(client().post().uri(path).header("Authorization", accounts.bearer(account))
			.contentType(MediaType.APPLICATION_JSON).accept(MediaType.TEXT_EVENT_STREAM).body(body).exchange()
			.expectStatus().isOk().expectBody(byte[].class).returnResult().getResponseBody(),
				java.nio.charset.StandardCharsets.UTF_8);
	}
}
