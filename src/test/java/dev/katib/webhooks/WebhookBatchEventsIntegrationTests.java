package dev.katib.webhooks;

import dev.katib.platform.outbound.StandardWebhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.katib.accounts.Caller;
import dev.katib.accounts.Role;
import dev.katib.connectors.DataSources;
import dev.katib.connectors.FieldMapping;
import dev.katib.connectors.FieldMappings;
import dev.katib.connectors.LetterField;
import dev.katib.connectors.NewField;
import dev.katib.connectors.NewSource;
import dev.katib.connectors.SourceRecords;
import dev.katib.connectors.SourcesClient;
import dev.katib.connectors.TableRef;
import dev.katib.knowledge.WritingKnowledge;
import dev.katib.support.IntegrationTest;
import dev.katib.support.TestAccounts.TestOrganisation;

/** A real batch run's start and completion, and another's cancellation, reach a webhook endpoint, signed. */
class WebhookBatchEventsIntegrationTests extends IntegrationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	WritingKnowledge knowledge;

	@Autowired
	DataSources sources;

	@Autowired
	SourceRecords records;

	@Autowired
	FieldMappings mappings;

	private WebhookReceiver receiver;

	@BeforeEach
	void start() throws Exception {
		receiver = new WebhookReceiver();
	}

	@AfterEach
	void stop() {
		receiver.close();
	}

	@Test
	void aRunThatStartsAndCompletesAndOneThatIsCancelledAreToldToTheEndpoint() {
		TestOrganisation org = accounts.organisation();
		SourcesClient api = new SourcesClient(baseUrl(), accounts);
		String secret = api.post(org.owner(), "/api/v1/webhooks/endpoints", Map.of("url", receiver.url(), "eventTypes",
				List.of("batch.run.started", "batch.run.completed", "batch.run.cancelled")), 201).path("secret").asString();
		TableRef table = schools(org);
		Map<String, Object> run = Map.of("name", "دعوة معرض العلوم", "sourceId", table.sourceId().toString(), "baseId",
				table.baseId(), "tableId", table.tableId(), "category", "request", "language", "ar", "template",
				"نرجو مشاركة {{School name}} في معرض العلوم");

		String drafted = api.post(org.owner(), "/api/v1/batches", run, 201).path("id").asString();
		api.post(org.owner(), "/api/v1/batches/" + drafted + "/start", Map.of(), 200);
		await().atMost(Duration.ofSeconds(60)).until(() -> receiver.received().size() == 2);
		String cancelled = api.post(org.owner(), "/api/v1/batches", run, 201).path("id").asString();
		api.post(org.owner(), "/api/v1/batches/" + cancelled + "/cancel", Map.of(), 200);
		await().atMost(Duration.ofSeconds(20)).until(() -> receiver.received().size() == 3);

		List<JsonNode> bodies = receiver.received().stream().map(one -> {
			assertThat(StandardWebhooks.verify(secret, one.id(), one.timestamp(), one.body(), one.signature())).isTrue();
			return JSON.readTree(one.body());
		}).toList();
		assertThat(bodies).extracting(body -> body.path("type").asString())
			.containsExactly("batch.run.started", "batch.run.completed", "batch.run.cancelled");
		assertThat(bodies).extracting(body -> body.path("data").path("runId").asString())
			.containsExactly(drafted, drafted, cancelled);
		assertThat(bodies.getFirst().path("data").path("previousStatus").asString()).isEqualTo("READY");
		assertThat(bodies.getFirst().path("data").path("name").asString()).isEqualTo("دعوة معرض العلوم");
	}

	/** A built-in table of two schools with a field mapping, in an organisation whose categories are seeded. */
	private TableRef schools(TestOrganisation org) {
		knowledge.seedCategories(org.tenantId());
		Caller owner = new Caller(org.tenantId(), org.owner().memberId(), "مالك", Set.of(Role.OWNER), Locale.ENGLISH, null);
		var source = sources.connect(owner, new NewSource.BuiltIn("المدارس"));
		String tableId = sources.createTable(owner, source.id(), "Schools",
				List.of(new NewField("School name", "text"), new NewField("Head teacher", "text"))).id();
		TableRef table = new TableRef(source.id(), TableRef.BUILT_IN_BASE, tableId);
		for (int n = 1; n <= 2; n++) {
			records.create(owner, table, Map.of("School name", "مدرسة النور " + n, "Head teacher", "الأستاذ سالم " + n));
		}
		mappings.save(owner, new FieldMapping(table,
				Map.of(LetterField.RECIPIENT_NAME, "Head teacher", LetterField.ORGANISATION, "School name"), Map.of()));
		return table;
	}
}
