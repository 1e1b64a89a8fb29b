package dev.katib.automation.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

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
import dev.katib.support.FakeModelServer;
import dev.katib.support.FakeModelServer.Reply;
import dev.katib.support.IntegrationTest;
import dev.katib.support.ModelGatewaySwitch;

/**
 * With a model, a row's letter is drafted after its opening commits, on the event publication registry: the run
 * waits for each draft, and asks the model once per row.
 */
class BatchRunWithModelIntegrationTests extends IntegrationTest {

	@Autowired
	DataSources sources;

	@Autowired
	SourceRecords records;

	@Autowired
	FieldMappings mappings;

	@Autowired
	WritingKnowledge knowledge;

	@Autowired
	BatchRuns runs;

	@Autowired
	RunControl control;

	@Autowired
	ModelGatewaySwitch gateways;

	@Test
	void eachRowIsDraftedByTheModelOnceAndTheRunWaitsForEveryDraft() throws Exception {
		var organisation = accounts.organisation();
		knowledge.seedCategories(organisation.tenantId());
		Caller owner = new Caller(organisation.tenantId(), organisation.owner().memberId(), "مالك", Set.of(Role.OWNER),
				Locale.ENGLISH, null);
		UUID source = sources.connect(owner, new NewSource.BuiltIn("الفروع")).id();
		String tableId = sources.createTable(owner, source, "Branches",
				List.of(new NewField("School name", "text"), new NewField("City", "text"))).id();
		TableRef table = new TableRef(source, TableRef.BUILT_IN_BASE, tableId);
		// seven rows asking for the same letter, so that one model answer is right for each of them
		IntStream.rangeClosed(1, 7).forEach(n -> records.create(owner, table,
				Map.of("School name", "مدرسة النور الأهلية", "City", "جدة")));
		mappings.save(owner, new FieldMapping(table, Map.of(LetterField.ORGANISATION, "School name"), Map.of()));
		UUID run = runs.create(owner, new NewRun("فروع النور", source, TableRef.BUILT_IN_BASE, tableId, null, List.of(),
				"request", "ar", SchoolsTable.TEMPLATE, false)).id();
		SourcesClient api = new SourcesClient(baseUrl(), accounts);
		String answer = answer(api.get(organisation.owner(),
				"/api/v1/letters/" + runs.preview(owner, run).letters().getFirst().id(), 200));

		try (FakeModelServer model = FakeModelServer.start(); var fake = gateways.useFake(model)) {
			IntStream.range(0, 7).forEach(n -> model.enqueue(Reply.answer(answer).usage(800, 250)
				.firstTokenAfter(Duration.ofMillis(100))));
			control.start(owner, run);
			await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(300))
				.until(() -> runs.get(owner, run).status() == RunStatus.COMPLETED);

			assertThat(runs.get(owner, run).rows().get(RowStatus.DRAFTED)).isEqualTo(7);
			assertThat(model.requests()).hasSize(7);
		}
		for (RowView row : runs.rows(owner, run, null, 0, 10)) {
			JsonNode letter = api.get(organisation.owner(), "/api/v1/letters/" + row.letterId(), 200);
			assertThat(letter.path("drafting").asString()).isEqualTo("DONE");
			assertThat(letter.path("version").path("model").asString()).isEqualTo(FakeModelServer.MODEL);
		}
	}

	/** A letter's content as the model answers it: what the model writes, without what Katib decides. */
	private static String answer(JsonNode letter) {
		ObjectNode content = (ObjectNode) letter.path("version").path("content").deepCopy();
		content.remove("language");
		content.remove("basmala");
		content.remove("signature");
		return content.toString();
	}
}
