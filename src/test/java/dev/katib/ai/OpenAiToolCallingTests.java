package dev.katib.ai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.katib.support.FakeModelServer;
import dev.katib.support.FakeModelServer.Reply;
import dev.katib.support.FakeModelServer.ScriptedCall;
import dev.katib.support.TestGateways;

class OpenAiToolCallingTests {

	private static final ToolSpec LIST_TABLES = new ToolSpec("list_tables", "Lists the tables of a data source.",
			"{\"type\":\"object\",\"properties\":{\"source\":{\"type\":\"string\"}},\"required\":[\"source\"],"
					+ "\"additionalProperties\":false}");

	private static final ToolSpec SEARCH = new ToolSpec("search_records", "Searches the records of a table.",
			"{\"type\":\"object\",\"properties\":{\"table\":{\"type\":\"string\"}},\"required\":[\"table\"],"
					+ "\"additionalProperties\":false}");

	private final FakeModelServer model = FakeModelServer.start();
	private final List<ModelCallCompleted> events = new CopyOnWriteArrayList<>();
	private final List<Duration> pauses = new ArrayList<>();
	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
	private final ModelGateway gateway = TestGateways.openAi(TestGateways.settings(model), events::add, meters,
			pauses::add);

	@AfterEach
	void stop() {
		model.close();
	}

	private static ToolRequest question(List<ChatMessage> messages) {
		return new ToolRequest("tests.tools", "You answer with the tools given.", messages, List.of(LIST_TABLES, SEARCH),
				Attribution.of(UUID.randomUUID(), UUID.randomUUID()));
	}

	@Test
	void offersTheToolsAndReadsParallelToolCalls() {
		model.enqueue(Reply.toolCalls("", new ScriptedCall("call_1", "list_tables", "{\"source\":\"crm\"}"),
				new ScriptedCall("call_2", "search_records", "{\"table\":\"Schools\"}")).usage(40, 12));

		ToolAnswer answer = gateway.converse(question(List.of(new ChatMessage.User("Which schools?"))), null);

		assertThat(answer.toolCalls()).containsExactly(new ToolCall("call_1", "list_tables", "{\"source\":\"crm\"}"),
				new ToolCall("call_2", "search_records", "{\"table\":\"Schools\"}"));
		assertThat(answer.finished()).isFalse();
		assertThat(answer.usage()).isEqualTo(new TokenUsage(40, 12));
		FakeModelServer.ReceivedRequest sent = model.requests().getFirst();
		assertThat(sent.toolNames()).containsExactly("list_tables", "search_records");
		assertThat(sent.body().at("/tools/1/function/parameters/required/0").asString()).isEqualTo("table");
		assertThat(events).singleElement().satisfies(event -> {
			assertThat(event.outcome()).isEqualTo(CallOutcome.SUCCEEDED);
			assertThat(event.task()).isEqualTo("tests.tools");
			assertThat(event.usage()).isEqualTo(new TokenUsage(40, 12));
		});
		assertThat(meters.get("katib.ai.tokens").tags("provider", "openai", "kind", "input").counter().count())
			.isEqualTo(40);
	}

	@Test
	void sendsToolResultsBackWithTheCallsTheyAnswer() {
		model.enqueue(Reply.answer("There are two schools."));
		List<ChatMessage> conversation = List.of(new ChatMessage.User("Which schools?"),
				new ChatMessage.Assistant("", List.of(new ToolCall("call_1", "list_tables", "{\"source\":\"crm\"}"),
						new ToolCall("call_2", "search_records", "{\"table\":\"Schools\"}"))),
				new ChatMessage.ToolResult("call_1", "list_tables", "[\"Schools\"]"),
				new ChatMessage.ToolResult("call_2", "search_records", "[{\"name\":\"Al Noor\"}]"));

		ToolAnswer answer = gateway.converse(question(conversation), null);

		assertThat(answer.text()).isEqualTo("There are two schools.");
		assertThat(answer.finished()).isTrue();
		FakeModelServer.ReceivedRequest sent = model.requests().getFirst();
		JsonNode assistant = sent.messages("assistant").getFirst();
		assertThat(assistant.at("/tool_calls/1/id").asString()).isEqualTo("call_2");
		assertThat(assistant.at("/tool_calls/1/function/arguments").asString()).isEqualTo("{\"table\":\"Schools\"}");
		List<JsonNode> results = sent.messages("tool");
		assertThat(results).extracting(message -> message.path("tool_call_id").asString())
			.containsExactly("call_1", "call_2");
		assertThat(results.get(1).path("content").toString()).contains("Al Noor");
	}

	@Test
	void streamsTextAndJoinsToolCallsSentInPieces() {
		model.enqueue(Reply.toolCalls("Let me look.", new ScriptedCall("call_1", "list_tables", "{\"source\":\"crm\"}"),
				new ScriptedCall("call_2", "search_records", "{\"table\":\"Schools\"}")));
		List<String> pieces = new ArrayList<>();

		ToolAnswer answer = gateway.converse(question(List.of(new ChatMessage.User("Which schools?"))), pieces::add);

		assertThat(String.join("", pieces)).isEqualTo("Let me look.");
		assertThat(answer.text()).isEqualTo("Let me look.");
		assertThat(answer.toolCalls()).containsExactly(new ToolCall("call_1", "list_tables", "{\"source\":\"crm\"}"),
				new ToolCall("call_2", "search_records", "{\"table\":\"Schools\"}"));
		assertThat(model.requests().getFirst().streamed()).isTrue();
	}

	@Test
	void retriesAToolTurnLikeAnyCall() {
		model.enqueue(Reply.status(429).retryAfter(1),
				Reply.toolCalls("", new ScriptedCall("call_1", "list_tables", "{\"source\":\"crm\"}")));

		ToolAnswer answer = gateway.converse(question(List.of(new ChatMessage.User("Tables?"))), null);

		assertThat(answer.toolCalls()).extracting(ToolCall::name).containsExactly("list_tables");
		assertThat(pauses).containsExactly(Duration.ofSeconds(1));
		assertThat(model.requests()).hasSize(2);
	}

	@Test
	void failsWithAProblemWhenTheModelStaysDown() {
		model.enqueue(Reply.status(500), Reply.status(500), Reply.status(500));

		assertThatThrownBy(() -> gateway.converse(question(List.of(new ChatMessage.User("Tables?"))), null))
			.isInstanceOfSatisfying(ModelCallException.class,
					ex -> assertThat(ex.outcome()).isEqualTo(CallOutcome.UNAVAILABLE));
		assertThat(events).singleElement()
			.satisfies(event -> assertThat(event.outcome()).isEqualTo(CallOutcome.UNAVAILABLE));
	}
}
