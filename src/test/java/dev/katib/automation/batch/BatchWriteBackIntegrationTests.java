package dev.katib.automation.batch;

import static dev.katib.support.FakeBase.field;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

import dev.katib.accounts.Role;
import dev.katib.connectors.SourcesClient;
import dev.katib.knowledge.WritingKnowledge;
import dev.katib.support.FakeAirtable;
import dev.katib.support.FakeBase;
import dev.katib.support.IntegrationTest;
import dev.katib.support.PageClient;
import dev.katib.support.TestAccounts;

/**
 * A run writes each letter's status and link back into the Airtable record it was drafted from, ten records a
 * request, each record once, paced so that Airtable never answers 429; a field the table lacks, one that cannot hold
 * its fact, or one picked twice is refused when the run is created, and a run tells how many write-backs failed.
 */
class BatchWriteBackIntegrationTests extends IntegrationTest {

	@Autowired
	WritingKnowledge knowledge;

	@Autowired
	JdbcClient jdbc;

	@Test
	void writesEveryDraftedLetterBackIntoItsRecordOnceTenRecordsARequest() {
		Airtable airtable = airtable(43);
		TestAccounts.Account owner = airtable.owner();
		SourcesClient api = new SourcesClient(baseUrl(), accounts);
		Map<String, Object> body = airtable.run(Map.of("status", "Letter status", "link", "Letter link", "number",
				"Letter number"));

		JsonNode created = api.post(owner, "/api/v1/batches", body, 201);
		String run = "/api/v1/batches/" + created.path("id").asString();
		api.post(owner, run + "/start", Map.of(), 200);
		await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(300))
			.until(() -> api.get(owner, run, 200).path("status").asString().equals("COMPLETED"));

		JsonNode rows = api.get(owner, run + "/rows?size=100", 200);
		assertThat(rows.size()).isEqualTo(43);
		rows.forEach(row -> assertThat(row.path("writeBack").asString()).isEqualTo("WRITTEN"));
		Map<String, String> letterOfRecord = new LinkedHashMap<>();
		rows.forEach(row -> letterOfRecord.put(row.path("recordId").asString(), row.path("letterId").asString()));
		List<Map<String, Object>> records = airtable.table().records();
		List<String> ids = airtable.table().recordIds();
		for (int i = 0; i < ids.size(); i++) {
			assertThat(records.get(i).get("Letter status")).isEqualTo("DRAFT");
			assertThat(records.get(i).get("Letter link"))
				.isEqualTo("http://localhost:8080/letters/" + letterOfRecord.get(ids.get(i)));
			// a draft has no number yet: the field is left as it was
			assertThat(records.get(i)).doesNotContainKey("Letter number");
		}
		assertThat(airtable.base().updatesByRecord()).hasSize(43).allSatisfy((id, updates) -> assertThat(updates)
			.as("update requests that changed record " + id).isEqualTo(1));
		assertThat(airtable.base().rejected()).as("429s from Airtable").isZero();
	}

	@Test
	void aWriteBackIntoAFieldTheTableLacksIsRefusedWhenTheRunIsCreated() {
		Airtable airtable = airtable(2);
		SourcesClient api = new SourcesClient(baseUrl(), accounts);

		JsonNode refused = api.post(airtable.owner(), "/api/v1/batches",
				airtable.run(Map.of("status", "Letter status", "link", "Link to the letter")), 400);

		assertThat(refused.path("type").asString()).isEqualTo("urn:katib:problem:validation-failed");
		assertThat(refused.path("field").asString()).isEqualTo("writeBack");
		assertThat(refused.path("unknownFields").size()).isEqualTo(1);
		assertThat(refused.path("unknownFields").get(0).asString()).isEqualTo("Link to the letter");
	}

	@Test
	void aLetterApprovedAndSignedAfterItsRunCompletedIsWrittenBackWithItsNumberAndStatusOncePerChange() {
		Airtable ours = airtable(3);
		Airtable theirs = airtable(2);
		SourcesClient api = new SourcesClient(baseUrl(), accounts);
		String run = completed(api, ours, Map.of("status", "Letter status", "number", "Letter number"));
		String otherRun = completed(api, theirs, Map.of("status", "Letter status", "number", "Letter number"));
		JsonNode rows = api.get(ours.owner(), run + "/rows?size=100", 200);
		String record = rows.get(0).path("recordId").asString();
		String letter = "/api/v1/letters/" + rows.get(0).path("letterId").asString();
		String theirLetter = "/api/v1/letters/"
				+ api.get(theirs.owner(), otherRun + "/rows?size=100", 200).get(0).path("letterId").asString();

		api.post(ours.owner(), letter + "/submit", Map.of(), 200);
		api.post(accounts.member(ours.organisation(), Role.ADMIN), letter + "/approve", Map.of(), 200);
		api.post(accounts.member(ours.organisation(), Role.SIGNER), letter + "/sign", Map.of(), 200);
		api.post(theirs.owner(), theirLetter + "/submit", Map.of(), 200);

		JsonNode signed = api.get(ours.owner(), letter, 200);
		assertThat(signed.path("number").asString()).isNotBlank();
		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
			.untilAsserted(() -> assertThat(fieldsOf(ours.table(), record))
				.containsEntry("Letter number", signed.path("number").asString())
				.containsEntry("Letter status", api.get(ours.owner(), letter, 200).path("status").asString()));
		assertThat(fieldsOf(ours.table(), record).get("Letter status")).isIn("SIGNED", "ARCHIVED");
		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
			.until(() -> "IN_REVIEW".equals(theirs.table().records().get(0).get("Letter status")));
		await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(300))
			.until(() -> api.get(ours.owner(), run + "/rows?size=100", 200).get(0).path("writeBack").asString(),
					"WRITTEN"::equals);

		// drafted, then at most once per move (submitted, approved, signed): moves close together go in one update
		assertThat(ours.base().updatesByRecord().get(record)).isBetween(2, 4);
		ours.table().recordIds().stream().filter(id -> !id.equals(record)).forEach(id -> {
			assertThat(ours.base().updatesByRecord().get(id)).as("updates of a record whose letter did not move")
				.isEqualTo(1);
			assertThat(fieldsOf(ours.table(), id)).containsEntry("Letter status", "DRAFT")
				.doesNotContainKey("Letter number");
		});
		assertThat(theirs.base().updatesByRecord().values()).as("the other organisation's updates").containsOnly(1, 2);
		assertThat(ours.base().rejected()).as("429s from Airtable").isZero();
	}
	@Test
	void aWriteBackIntoAFieldThatCannotHoldItsFactIsRefusedWhenTheRunIsCreated() {
		Airtable airtable = airtable(1);
		SourcesClient api = new SourcesClient(baseUrl(), accounts);

		JsonNode tickBox = api.post(airtable.owner(), "/api/v1/batches", airtable.run(Map.of("status", "Done")), 400);
		assertThat(tickBox.path("type").asString()).isEqualTo("urn:katib:problem:validation-failed");
		assertThat(tickBox.path("field").asString()).isEqualTo("writeBack.status");
		assertThat(tickBox.path("detail").asString()).isEqualTo("Done is a tick box; the status needs a text field.");

		JsonNode number = api.post(airtable.owner(), "/api/v1/batches", airtable.run(Map.of("link", "Count")), 400);
		assertThat(number.path("field").asString()).isEqualTo("writeBack.link");
		assertThat(number.path("detail").asString()).contains("Count is a number field");

		JsonNode linkField = api.post(airtable.owner(), "/api/v1/batches",
				airtable.run(Map.of("number", "Letter link")), 400);
		assertThat(linkField.path("field").asString()).as("a URL field holds only the link")
			.isEqualTo("writeBack.number");
		api.post(airtable.owner(), "/api/v1/batches", airtable.run(Map.of("status", "Letter link")), 400);
		assertThat(api.get(airtable.owner(), "/api/v1/batches", 200).size()).as("runs created").isZero();
	}

	@Test
	void theNumberStatusAndLinkCannotShareAField() {
		Airtable airtable = airtable(1);
		SourcesClient api = new SourcesClient(baseUrl(), accounts);

		JsonNode refused = api.post(airtable.owner(), "/api/v1/batches",
				airtable.run(Map.of("number", "Letter status", "status", "Letter status", "link", "Letter link")), 400);

		assertThat(refused.path("type").asString()).isEqualTo("urn:katib:problem:validation-failed");
		assertThat(refused.path("field").asString()).isEqualTo("writeBack");
		assertThat(refused.path("repeatedFields").get(0).asString()).isEqualTo("Letter status");
	}

	@Test
	void aCompletedRunTellsHowManyWriteBacksFailedAndRetryWritesThemBack() {
		Airtable airtable = airtable(3);
		SourcesClient api = new SourcesClient(baseUrl(), accounts);
		String run = completed(api, airtable, Map.of("status", "Letter status"));
		assertThat(api.get(airtable.owner(), run, 200).path("writeBacksFailed").asLong()).isZero();
		// the write-backs given up after their three tries, as when the source kept refusing them
		jdbc.sql("UPDATE automation_batch_row SET write_back = 'FAILED', write_back_attempts = 3 WHERE run_id = :run")
			.param("run", java.util.UUID.fromString(run.substring(run.lastIndexOf('/') + 1)))
			.update();

		JsonNode stopped = api.get(airtable.owner(), run, 200);
		assertThat(stopped.path("status").asString()).isEqualTo("COMPLETED");
		assertThat(stopped.path("writeBacksFailed").asLong()).isEqualTo(3);
		assertThat(api.get(airtable.owner(), "/api/v1/batches", 200).get(0).path("writeBacksFailed").asLong())
			.isEqualTo(3);
		PageClient page = new PageClient(baseUrl(), accounts, airtable.owner());
		assertThat(page.get(run.replace("/api/v1", "") + "?lang=en").body())
			.contains("3 rows could not be written back into their records", "Retry failed rows");

		api.post(airtable.owner(), run + "/retry", Map.of(), 200);
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
			.until(() -> api.get(airtable.owner(), run, 200).path("writeBacksFailed").asLong() == 0
					&& api.get(airtable.owner(), run, 200).path("status").asString().equals("COMPLETED"));
		api.get(airtable.owner(), run + "/rows?size=100", 200)
			.forEach(row -> assertThat(row.path("writeBack").asString()).isEqualTo("WRITTEN"));
	}

	private static Map<String, Object> fieldsOf(FakeBase.Table table, String recordId) {
		return table.records().get(table.recordIds().indexOf(recordId));
	}

	private String completed(SourcesClient api, Airtable airtable, Map<String, String> writeBack) {
		JsonNode created = api.post(airtable.owner(), "/api/v1/batches", airtable.run(writeBack), 201);
		String run = "/api/v1/batches/" + created.path("id").asString();
		api.post(airtable.owner(), run + "/start", Map.of(), 200);
		await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(300))
			.until(() -> api.get(airtable.owner(), run, 200).path("status").asString().equals("COMPLETED"));
		return run;
	}

	private Airtable airtable(int records) {
		FakeAirtable fake = FakeAirtable.shared();
		FakeBase base = fake.base("Schools");
		FakeBase.Table schools = base.table("Schools", field("School name", "singleLineText"),
				field("Principal", "singleLineText"), field("Letter number", "singleLineText"),
				field("Letter status", "singleLineText"), field("Letter link", "url"), field("Done", "checkbox"),
				field("Count", "number"));
		IntStream.rangeClosed(1, records).forEach(n -> schools.add(Map.of("School name", "مدرسة الرواد " + n,
				"Principal", "الأستاذة هدى " + n)));
		var organisation = accounts.organisation();
		knowledge.seedCategories(organisation.tenantId());
		TestAccounts.Account owner = organisation.owner();
		SourcesClient api = new SourcesClient(baseUrl(), accounts);
		String source = api.connectAirtable(owner, fake.token(base));
		api.put(owner, "/api/v1/sources/" + source + "/bases/" + base.id + "/tables/" + schools.id + "/mapping",
				Map.of("fields", Map.of("RECIPIENT_NAME", "Principal", "ORGANISATION", "School name"), "mergeFields",
						Map.of()), 200);
		return new Airtable(organisation, owner, base, schools, source);
	}

	private record Airtable(TestAccounts.TestOrganisation organisation, TestAccounts.Account owner, FakeBase base,
			FakeBase.Table table, String source) {

		Map<String, Object> run(Map<String, String> writeBack) {
			return Map.of("name", "مدارس الرواد", "sourceId", source, "baseId", base.id, "tableId", table.id,
					"category", "request", "language", "ar", "template", SchoolsTable.TEMPLATE.replace("{{City}}", "جدة"),
					"writeBack", writeBack);
		}
	}
}
