package dev.katib.automation.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

import dev.katib.accounts.Caller;
import dev.katib.accounts.Role;
import dev.katib.connectors.DataSources;
import dev.katib.connectors.NewField;
import dev.katib.connectors.NewSource;
import dev.katib.connectors.SourceRecords;
import dev.katib.connectors.SourcesClient;
import dev.katib.connectors.TableRef;
import dev.katib.platform.outbound.StandardWebhooks;
import dev.katib.support.IntegrationTest;
import dev.katib.support.TestAccounts.Account;
import dev.katib.support.TestAccounts.TestOrganisation;

/** Automations over the API: checked definitions, branches, retries from the failed step, tenancy. */
class AutomationsApiIntegrationTests extends IntegrationTest {

	@Autowired
	DataSources sources;

	@Autowired
	SourceRecords records;

	private TestOrganisation organisation;
	private Account owner;
	private SourcesClient api;
	private TableRef table;
	private HttpServer receiver;
	private final AtomicInteger answersBeforeSuccess = new AtomicInteger();
	private final List<Map<String, String>> received = new CopyOnWriteArrayList<>();

	@BeforeEach
	void tableAndReceiver() throws Exception {
		organisation = accounts.organisation();
		owner = organisation.owner();
		api = new SourcesClient(baseUrl(), accounts);
		Caller caller = new Caller(organisation.tenantId(), owner.memberId(), "مالك", Set.of(Role.OWNER),
				Locale.ENGLISH, null);
		var source = sources.connect(caller, new NewSource.BuiltIn("التذاكر")).id();
		String tableId = sources.createTable(caller, source, "Tickets",
				List.of(new NewField("Title", "text"), new NewField("Priority", "text"), new NewField("Status", "text")))
			.id();
		table = new TableRef(source, TableRef.BUILT_IN_BASE, tableId);
		receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		receiver.createContext("/hook", exchange -> {
			byte[] body = exchange.getRequestBody().readAllBytes();
			received.add(Map.of("id", exchange.getRequestHeaders().getFirst(StandardWebhooks.ID),
					"timestamp", exchange.getRequestHeaders().getFirst(StandardWebhooks.TIMESTAMP),
					"signature", exchange.getRequestHeaders().getFirst(StandardWebhooks.SIGNATURE),
					"body", new String(body, StandardCharsets.UTF_8)));
			exchange.sendResponseHeaders(answersBeforeSuccess.getAndDecrement() > 0 ? 500 : 204, -1);
			exchange.close();
		});
		receiver.start();
	}

	@AfterEach
	void stopReceiver() {
		receiver.stop(0);
	}

	@Test
	void aConditionStepGoesOneWayOrTheOtherAsTheRecordSays() {
		String automation = create(Map.of("name", "الفرز", "trigger", trigger("MANUAL"), "steps", List.of(
				Map.of("id", "sort", "type", "CONDITION", "conditions",
						List.of(Map.of("field", "Priority", "operator", "equals", "value", "high")),
						"then", "urgent", "otherwise", "normal"),
				Map.of("id", "urgent", "type", "UPDATE_RECORD", "fields", Map.of("Status", "عاجل"), "next", "end"),
				Map.of("id", "normal", "type", "UPDATE_RECORD", "fields", Map.of("Status", "عادي")))));
		String high = records.create(caller(), table, Map.of("Title", "انقطاع", "Priority", "high")).id();
		String low = records.create(caller(), table, Map.of("Title", "استفسار", "Priority", "low")).id();

		JsonNode first = finished(automation, run(automation, high));
		JsonNode second = finished(automation, run(automation, low));

		assertThat(records.get(caller(), table, high).fields().get("Status")).isEqualTo("عاجل");
		assertThat(records.get(caller(), table, low).fields().get("Status")).isEqualTo("عادي");
		assertThat(stepIds(first)).containsExactly("sort", "urgent");
		assertThat(stepIds(second)).containsExactly("sort", "normal");
		assertThat(first.path("steps").get(0).path("output").path("held").asBoolean()).isTrue();
		assertThat(second.path("steps").get(0).path("output").path("held").asBoolean()).isFalse();
	}

	@Test
	void aFailedStepIsRetriedFromWhereItStoppedAndItsCallIsSigned() {
		JsonNode created = api.post(owner, "/api/v1/automations", Map.of("name", "إبلاغ النظام", "trigger",
				trigger("MANUAL"), "steps", List.of(
						Map.of("id", "mark", "type", "UPDATE_RECORD", "fields", Map.of("Status", "قيد الإبلاغ")),
						Map.of("id", "tell", "type", "WEBHOOK", "url", "http://127.0.0.1:" + receiver.getAddress().getPort()
								+ "/hook"))), 201);
		String automation = created.path("id").asString();
		String secret = created.path("secret").asString();
		assertThat(secret).startsWith("whsec_");
		JsonNode shownAgain = api.get(owner, "/api/v1/automations/" + automation, 200).path("secret");
		assertThat(shownAgain.isNull() || shownAgain.isMissingNode()).as("the secret shown again").isTrue();
		String record = records.create(caller(), table, Map.of("Title", "طلب", "Priority", "low")).id();
		answersBeforeSuccess.set(1);

		String execution = run(automation, record);
		JsonNode failed = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
			.until(() -> execution(automation, execution), e -> "FAILED".equals(e.path("status").asString()));
		assertThat(failed.path("currentStep").asString()).isEqualTo("tell");
		assertThat(failed.path("steps").get(1).path("error").path("statusCode").asInt()).isEqualTo(500);

		api.post(owner, "/api/v1/automations/" + automation + "/executions/" + execution + "/retry", Map.of(), 200);
		JsonNode done = finished(automation, execution);

		assertThat(done.path("steps").valueStream().map(step -> step.path("stepId").asString() + "#"
				+ step.path("attempt").asInt() + ":" + step.path("status").asString()).toList())
			.containsExactly("mark#1:DONE", "tell#1:FAILED", "tell#2:DONE");
		assertThat(received).hasSize(2);
		Map<String, String> call = received.get(1);
		assertThat(StandardWebhooks.verify(secret, call.get("id"), Long.parseLong(call.get("timestamp")),
				call.get("body").getBytes(StandardCharsets.UTF_8), call.get("signature"))).isTrue();
		assertThat(call.get("body")).contains(execution).contains("قيد الإبلاغ");
	}

	@Test
	void anotherOrganisationsAutomationAndItsExecutionsAreNotFound() {
		String automation = create(Map.of("name", "خاصة", "trigger", trigger("MANUAL"), "steps",
				List.of(Map.of("id", "mark", "type", "UPDATE_RECORD", "fields", Map.of("Status", "x")))));
		String record = records.create(caller(), table, Map.of("Title", "س")).id();
		String execution = run(automation, record);
		Account stranger = accounts.organisation().owner();

		api.get(stranger, "/api/v1/automations/" + automation, 404);
		api.get(stranger, "/api/v1/automations/" + automation + "/executions", 404);
		api.get(stranger, "/api/v1/automations/" + automation + "/executions/" + execution, 404);
		api.post(stranger, "/api/v1/automations/" + automation + "/run", Map.of(), 404);
		api.delete(stranger, "/api/v1/automations/" + automation, 404);
		assertThat(api.get(stranger, "/api/v1/automations", 200).valueStream()
			.map(found -> found.path("id").asString())).doesNotContain(automation);
	}

	@Test
	void refusesUnknownFieldsABadCronAndTooManySteps() {
		JsonNode unknown = api.post(owner, "/api/v1/automations", Map.of("name", "خطأ", "trigger", trigger("MANUAL"),
				"steps", List.of(Map.of("id", "mark", "type", "UPDATE_RECORD", "fields", Map.of("Colour", "x")))), 400);
		assertThat(unknown.path("type").asString()).isEqualTo("urn:katib:problem:validation-failed");
		assertThat(unknown.path("field").asString()).isEqualTo("steps[0].fields.Colour");
		JsonNode cron = api.post(owner, "/api/v1/automations", Map.of("name", "خطأ", "trigger",
				Map.of("kind", "SCHEDULE", "cron", "every morning"), "steps", List.of(Map.of("id", "a", "type", "SUBMIT"))),
				400);
		assertThat(cron.path("field").asString()).isEqualTo("trigger.cron");
		JsonNode often = api.post(owner, "/api/v1/automations", Map.of("name", "خطأ", "trigger",
				Map.of("kind", "SCHEDULE", "cron", "*/5 * * * * ?"), "steps", List.of(Map.of("id", "a", "type", "SUBMIT"))),
				400);
		assertThat(often.path("field").asString()).isEqualTo("trigger.cron");
		JsonNode many = api.post(owner, "/api/v1/automations", Map.of("name", "خطأ", "trigger", trigger("MANUAL"),
				"steps", IntStream.range(0, 21).mapToObj(n -> Map.of("id", "s" + n, "type", "SUBMIT")).toList()), 400);
		assertThat(many.path("field").asString()).isEqualTo("steps");
		JsonNode backwards = api.post(owner, "/api/v1/automations", Map.of("name", "خطأ", "trigger", trigger("MANUAL"),
				"steps", List.of(Map.of("id", "a", "type", "SUBMIT"), Map.of("id", "b", "type", "SUBMIT", "next", "a"))),
				400);
		assertThat(backwards.path("field").asString()).isEqualTo("steps[1].next");
	}

	@Test
	void aScheduleShowsItsNextFiveFireTimes() {
		JsonNode created = api.post(owner, "/api/v1/automations", Map.of("name", "كل صباح", "trigger",
				Map.of("kind", "SCHEDULE", "cron", "0 0 8 ? * SUN-THU"), "steps", List.of(Map.of("id", "a", "type",
						"SUBMIT"))), 201);
		assertThat(created.path("nextFireTimes")).hasSize(5);
		String id = created.path("id").asString();
		assertThat(api.post(owner, "/api/v1/automations/" + id + "/disable", Map.of(), 200).path("nextFireTimes"))
			.isEmpty();
		api.delete(owner, "/api/v1/automations/" + id, 204);
		api.get(owner, "/api/v1/automations/" + id, 404);
	}

	private Map<String, Object> trigger(String kind) {
		return Map.of("kind", kind, "sourceId", table.sourceId().toString(), "baseId", table.baseId(), "tableId",
				table.tableId());
	}

	private String create(Map<String, Object> body) {
		return api.post(owner, "/api/v1/automations", body, 201).path("id").asString();
	}

	private String run(String automation, String record) {
		return api.post(owner, "/api/v1/automations/" + automation + "/run", Map.of("recordId", record), 202)
			.path("id").asString();
	}

	private JsonNode execution(String automation, String execution) {
		return api.get(owner, "/api/v1/automations/" + automation + "/executions/" + execution, 200);
	}

	private JsonNode finished(String automation, String execution) {
		return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
			.until(() -> execution(automation, execution), e -> "SUCCEEDED".equals(e.path("status").asString()));
	}

	private static List<String> stepIds(JsonNode execution) {
		return execution.path("steps").valueStream().map(step -> step.path("stepId").asString()).toList();
	}

	private Caller caller() {
		return new Caller(organisation.tenantId(), owner.memberId(), "مالك", Set.of(Role.OWNER), Locale.ENGLISH, null);
	}
}
