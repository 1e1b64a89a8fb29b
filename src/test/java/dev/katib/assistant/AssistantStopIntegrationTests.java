package dev.katib.assistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.katib.accounts.Caller;
import dev.katib.accounts.Role;
import dev.katib.connectors.DataSources;
import dev.katib.connectors.NewField;
import dev.katib.connectors.NewSource;
import dev.katib.connectors.SourcesClient;
import dev.katib.connectors.TableRef;
import dev.katib.support.FakeModelServer;
import dev.katib.support.FakeModelServer.Reply;
import dev.katib.support.FakeModelServer.ScriptedCall;
import dev.katib.support.IntegrationTest;
import dev.katib.support.ModelGatewaySwitch;
import dev.katib.support.TestAccounts;

/**
 * A member stops a running turn, while the model still thinks: it ends, keeping what was said so far marked as
 * stopped, and can be asked again.
 */
class AssistantStopIntegrationTests extends IntegrationTest {

	private static final String CONVERSATIONS = "/api/v1/assistant/conversations";
	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	ModelGatewaySwitch gateways;

	@Autowired
	DataSources sources;

	@Test
	void aStoppedTurnEndsKeepingWhatWasSaidAndTheQuestionCanBeAskedAgain() throws Exception {
		TestAccounts.TestOrganisation organisation = accounts.organisation();
		TestAccounts.Account writer = accounts.member(organisation, Role.WRITER);
		TestAccounts.Account other = accounts.member(organisation, Role.WRITER);
		Caller owner = ToolCallsFixture.caller(organisation.owner());
		UUID source = sources.connect(owner, new NewSource.BuiltIn("المدارس")).id();
		String tableId = sources.createTable(owner, source, "Schools", List.of(new NewField("Name", "text"))).id();
		String table = JSON.writeValueAsString(Map.of("sourceId", source.toString(), "baseId", TableRef.BUILT_IN_BASE,
				"tableId", tableId));
		SourcesClient api = new SourcesClient(baseUrl(), accounts);
		String conversation = CONVERSATIONS + "/" + api.post(writer, CONVERSATIONS, Map.of("title", "المدارس"), 201)
			.path("id").asString();
		CountDownLatch thinking = new CountDownLatch(1);
		try (FakeModelServer model = FakeModelServer.start(); var fake = gateways.useFake(model)) {
			model.enqueue(Reply.toolCalls("أقرأ الجدول أولًا.", new ScriptedCall("c1", "describe_table", table)),
					Reply.answer("في الجدول حقل واحد اسمه Name، وهذا جواب طويل لن يكتمل.").after(thinking),
					Reply.answer("في الجدول حقل واحد: Name."));
			CompletableFuture<String> turn = CompletableFuture.supplyAsync(() -> stream(writer,
					conversation + "/questions/stream", Map.of("question", "ما حقول الجدول؟")));
			await().atMost(Duration.ofSeconds(20)).until(() -> model.requests().size() == 2);

			int second = post(writer, conversation + "/questions", Map.of("question", "سؤال آخر"));
			int foreign = post(other, conversation + "/stop", Map.of());
			int stop = post(writer, conversation + "/stop", Map.of());
			// the model is still thinking: the turn ends without waiting for it
			String stopped = turn.get(20, java.util.concurrent.TimeUnit.SECONDS);
			thinking.countDown();
			int nothingRuns = post(writer, conversation + "/stop", Map.of());

			assertThat(second).as("a second turn while one runs").isEqualTo(409);
			assertThat(foreign).isEqualTo(404);
			assertThat(stop).isEqualTo(202);
			assertThat(nothingRuns).isEqualTo(409);
			assertThat(stopped).containsSubsequence("event:tool-finished", "event:end", "\"outcome\":\"STOPPED\"",
					"\"reason\":\"MEMBER_STOPPED\"").doesNotContain("جواب طويل");
			JsonNode kept = api.get(writer, conversation + "/messages", 200);
			assertThat(kept).hasSize(4);
			assertThat(kept.get(1).path("text").asString()).isEqualTo("أقرأ الجدول أولًا.");
			assertThat(kept.get(2).path("tool").asString()).isEqualTo("describe_table");
			assertThat(kept.get(3).path("kind").asString()).isEqualTo("ASSISTANT");
			assertThat(kept.get(3).path("stopped").asBoolean()).isTrue();
			assertThat(kept.get(1).path("stopped").asBoolean()).isFalse();

			String again = stream(writer, conversation + "/questions/stream", Map.of("question", "ما حقول الجدول؟"));
			assertThat(again).contains("\"outcome\":\"ANSWERED\"", "حقل واحد: Name.");
		}
	}

	private String stream(TestAccounts.Account account, String path, Map<String, Object> body) {
		return new String(client().post().uri(path).header("Authorization", accounts.bearer(account))
			.contentType(MediaType.APPLICATION_JSON).accept(MediaType.TEXT_EVENT_STREAM).body(body).exchange()
			.expectStatus().isOk().expectBody(byte[].class).returnResult().getResponseBody(), StandardCharsets.UTF_8);
	}

	private int post(TestAccounts.Account account, String path, Map<String, Object> body) {
		return client().post().uri(path).header("Authorization", accounts.bearer(account))
			.contentType(MediaType.APPLICATION_JSON).body(body).exchange().returnResult().getStatus().value();
	}
}
