package dev.katib.automation.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;

import dev.katib.ai.ModelGateway;
import dev.katib.support.IntegrationTest;
import dev.katib.support.ModelGatewaySwitch;
import dev.katib.support.SlowModel;

/** A running run's page is told its progress as server-sent events, and told once the run has stopped. */
class BatchRunEventsIntegrationTests extends IntegrationTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	BatchRuns runs;

	@Autowired
	RunControl control;

	@Autowired
	ModelGatewaySwitch gateways;

	@Autowired
	@Qualifier("modelGateway")
	ModelGateway offline;

	private final HttpClient http = HttpClient.newHttpClient();

	/** One server-sent event. */
	record Event(String name, String data) {
	}

	@Test
	void theProgressIsPushedUntilTheRunCompletes() throws Exception {
		SchoolsTable schools = SchoolsTable.of(context, accounts.organisation(), 8);
		UUID run = runs.create(schools.owner(), schools.run("Science fair")).id();
		String cookie = accounts.sessionCookie(baseUrl(), schools.organisation().owner());
		List<Event> events;
		try (var slow = gateways.use(SlowModel.around(offline, Duration.ofMillis(400)))) {
			control.start(schools.owner(), run);
			events = follow(cookie, "/batches/" + run + "/events?lang=en");
		}
		assertThat(events).isNotEmpty();
		assertThat(events.getLast()).isEqualTo(new Event("stopped", "COMPLETED"));
		List<Event> progress = events.stream().filter(event -> event.name().equals("progress")).toList();
		assertThat(progress).isNotEmpty();
		assertThat(progress.getFirst().data()).contains("Running");
		assertThat(progress).extracting(Event::data).anyMatch(data -> data.contains("of 8 rows done"));
		assertThat(progress).extracting(Event::data).doesNotHaveDuplicates();

		String page = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/batches/" + run + "?lang=en"))
			.header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofString()).body();
		assertThat(page).contains("8 of 8 rows done").doesNotContain("sse-connect");
	}

	@Test
	void anotherOrganisationsRunIsNotFollowed() throws Exception {
		SchoolsTable schools = SchoolsTable.of(context, accounts.organisation(), 1);
		UUID run = runs.create(schools.owner(), schools.run("Science fair")).id();
		String stranger = accounts.sessionCookie(baseUrl(), accounts.organisation().owner());
		HttpResponse<String> refused = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/batches/" + run
				+ "/events")).header("Cookie", stranger).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(refused.statusCode()).isEqualTo(404);
	}

	private List<Event> follow(String cookie, String path) throws Exception {
		HttpResponse<InputStream> stream = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + path))
			.header("Cookie", cookie).header("Accept", "text/event-stream").timeout(Duration.ofSeconds(90)).build(),
				HttpResponse.BodyHandlers.ofInputStream());
		assertThat(stream.statusCode()).isEqualTo(200);
		List<Event> events = new ArrayList<>();
		try (var lines = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
			String name = "message";
			StringBuilder data = new StringBuilder();
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				if (line.startsWith("event:")) {
					name = line.substring(6).strip();
				}
				else if (line.startsWith("data:")) {
					data.append(line.substring(5).strip());
				}
				else if (line.isEmpty() && !data.isEmpty()) {
					events.add(new Event(name, data.toString()));
					name = "message";
					data.setLength(0);
				}
			}
		}
		return events;
	}
}
