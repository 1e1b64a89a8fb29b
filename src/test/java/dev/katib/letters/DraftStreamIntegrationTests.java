package dev.katib.letters;

import static dev.katib.letters.LetterRequests.arabic;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import dev.katib.accounts.Role;
import dev.katib.support.FakeModelServer;
import dev.katib.support.FakeModelServer.Reply;
import dev.katib.support.IntegrationTest;
import dev.katib.support.ModelGatewaySwitch;
import dev.katib.support.TestAccounts.Account;
import dev.katib.support.TestAccounts.TestOrganisation;

/** The draft's Server-Sent Events, read over real HTTP as a browser or an API client reads them. */
class DraftStreamIntegrationTests extends IntegrationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	ModelGatewaySwitch gateways;

	private TestOrganisation organisation;
	private Account writer;

	@BeforeEach
	void createOrganisation() {
		organisation = accounts.organisation();
		writer = accounts.member(organisation, Role.WRITER);
	}

	@Test
	void streamsTheModelsAnswerAsItIsWrittenThenTheStoredLetter() throws Exception {
		String answer = modelAnswer(create());
		try (FakeModelServer model = FakeModelServer.start(); var fake = gateways.useFake(model)) {
			model.enqueue(Reply.answer(answer).pieces(5, 17, 3, 40).firstTokenAfter(Duration.ofMillis(700)));
			JsonNode letter = create();
			assertThat(letter.path("drafting").asString()).isEqualTo("WRITING");

			List<Event> events = follow(letter.path("id").asString());

			assertThat(events.getLast().name()).isEqualTo("version");
			List<Event> chunks = events.stream().filter(event -> event.name().equals("chunk")).toList();
			assertThat(chunks.size()).isGreaterThan(1);
			assertThat(String.join("", chunks.stream().map(Event::data).toList())).isEqualTo(answer);
			JsonNode stored = JSON.readTree(events.getLast().data());
			assertThat(stored.path("id")).isEqualTo(letter.path("id"));
			assertThat(stored.path("drafting").asString()).isEqualTo("DONE");
			assertThat(stored.path("version").path("source").asString()).isEqualTo("DRAFTED");
		}
	}

	@Test
	void givesALateFollowerTheFinishedLetterAtOnce() throws Exception {
		JsonNode letter = create();

		List<Event> events = follow(letter.path("id").asString());

		assertThat(events).extracting(Event::name).containsExactly("version");
		assertThat(JSON.readTree(events.getFirst().data()).path("version").path("draftedWithoutAi").asBoolean())
			.isTrue();
	}

	@Test
	void sendsTheProblemWhenDraftingFails() throws Exception {
		try (FakeModelServer model = FakeModelServer.start(); var fake = gateways.useFake(model)) {
			model.enqueue(Reply.status(500).retryAfter(0), Reply.status(500), Reply.status(500));
			JsonNode letter = create();

			List<Event> events = follow(letter.path("id").asString());

			assertThat(events.getLast().name()).isEqualTo("failed");
			assertThat(JSON.readTree(events.getLast().data()).path("type").asString())
				.isEqualTo("urn:katib:problem:ai-unavailable");
		}
	}

	@Test
	void refusesToStreamAnotherOrganisationsLetter() throws Exception {
		JsonNode letter = create();
		Account stranger = accounts.member(accounts.organisation(), Role.WRITER);
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/letters/" + letter.path("id").asString()
					+ "/draft/stream"))
				.header("Authorization", accounts.bearer(stranger))
				.header("Accept", "text/event-stream")
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(404);
	}

	private List<Event> follow(String letterId) throws Exception {
		HttpResponse<java.util.stream.Stream<String>> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/letters/" + letterId + "/draft/stream"))
				.header("Authorization", accounts.bearer(writer))
				.header("Accept", "text/event-stream")
				.timeout(Duration.ofSeconds(30))
				.build(), HttpResponse.BodyHandlers.ofLines());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
		List<Event> events = new ArrayList<>();
		String name = "message";
		List<String> data = new ArrayList<>();
		Iterator<String> lines = response.body().iterator();
		while (lines.hasNext()) {
			String line = lines.next();
			if (line.isEmpty()) {
				if (!data.isEmpty()) {
					events.add(new Event(name, String.join("\n", data)));
				}
				name = "message";
				data.clear();
			}
			else if (line.startsWith("event:")) {
				name = line.substring("event:".length()).strip();
			}
			else if (line.startsWith("data:")) {
				String value = line.substring("data:".length());
				data.add(value.startsWith(" ") ? value.substring(1) : value);
			}
		}
		if (!data.isEmpty()) {
			events.add(new Event(name, String.join("\n", data)));
		}
		return events;
	}

	private JsonNode create() {
		return client().post().uri("/api/v1/letters").header("Authorization", accounts.bearer(writer))
			.contentType(MediaType.APPLICATION_JSON).body(arabic()).exchange()
			.expectStatus().isCreated()
			.expectBody(JsonNode.class).returnResult().getResponseBody();
	}

	private static String modelAnswer(JsonNode offlineLetter) {
		ObjectNode content = (ObjectNode) offlineLetter.path("version").path("content").deepCopy();
		content.remove("language");
		content.remove("basmala");
		content.remove("signature");
		return content.toString();
	}

	record Event(String name, String data) {
	}
}
