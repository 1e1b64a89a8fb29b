package dev.katib.assistant;

import static dev.katib.assistant.ToolCallsFixture.table;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import dev.katib.accounts.Caller;
import dev.katib.accounts.Role;
import dev.katib.archive.Archive;
import dev.katib.archive.FileKind;
import dev.katib.archive.StoreRequest;
import dev.katib.assistant.internal.ToolCalls;
import dev.katib.connectors.DataSources;
import dev.katib.connectors.FieldMapping;
import dev.katib.connectors.FieldMappings;
import dev.katib.connectors.LetterField;
import dev.katib.connectors.NewField;
import dev.katib.connectors.NewSource;
import dev.katib.connectors.SourceRecords;
import dev.katib.connectors.TableRef;
import dev.katib.knowledge.Language;
import dev.katib.knowledge.WritingKnowledge;
import dev.katib.letters.DraftLetter;
import dev.katib.letters.Letters;
import dev.katib.letters.RecipientInput;
import dev.katib.support.IntegrationTest;
import dev.katib.support.TestAccounts;

/** The analysis, letter and archive tools over a built-in table of contacts. */
class TableAndLetterToolsIntegrationTests extends IntegrationTest {

	@Autowired
	ToolCalls toolCalls;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSources sources;

	@Autowired
	SourceRecords records;

	@Autowired
	FieldMappings mappings;

	@Autowired
	WritingKnowledge knowledge;

	@Autowired
	Letters letters;

	@Autowired
	Archive archive;

	private ToolCallsFixture tools;
	private TestAccounts.TestOrganisation organisation;
	private TestAccounts.Account writer;
	private TableRef contacts;

	@BeforeEach
	void contacts() {
		tools = new ToolCallsFixture(toolCalls, jdbc);
		organisation = accounts.organisation();
		writer = accounts.member(organisation, Role.WRITER);
		Caller owner = ToolCallsFixture.caller(organisation.owner());
		UUID source = sources.connect(owner, new NewSource.BuiltIn("جهات الاتصال")).id();
		String tableId = sources.createTable(owner, source, "Contacts", List.of(new NewField("Name", "text"),
				new NewField("Organisation", "text"), new NewField("Score", "number"), new NewField("Email", "email")))
			.id();
		contacts = new TableRef(source, TableRef.BUILT_IN_BASE, tableId);
	}

	@Test
	void analysesFillRatesDistinctValuesAndOutliers() {
		int[] scores = { 10, 11, 12, 10, 11, 12, 11, 500 };
		for (int i = 0; i < scores.length; i++) {
			add(Map.of("Name", "Person " + i, "Score", scores[i], "Email", i < 2 ? "p" + i + "@example.org" : ""));
		}

		JsonNode analysis = tools.call(writer, "analyse_table", Map.of("table", arguments()));

		assertThat(analysis.path("records").asInt()).isEqualTo(8);
		assertThat(analysis.path("complete").asBoolean()).isTrue();
		JsonNode email = field(analysis, "Email");
		assertThat(email.path("fillRate").asDouble()).isEqualTo(0.25);
		JsonNode score = field(analysis, "Score");
		assertThat(score.path("type").asString()).isEqualTo("number");
		assertThat(score.path("distinct").asInt()).isEqualTo(4);
		assertThat(score.path("numbers").path("outliers").size()).isEqualTo(1);
		assertThat(score.path("numbers").path("outliers").get(0).path("value").asInt()).isEqualTo(500);
	}

	@Test
	void findsDuplicatesWhateverTheArabicSpelling() {
		String ahmad = add(Map.of("Name", "أحمد علي", "Organisation", "مدرسة النور"));
		String ahmadAgain = add(Map.of("Name", "احمد  علي", "Organisation", "مدرسه النور"));
		add(Map.of("Name", "أحمد علي", "Organisation", "مدرسة الفجر"));

		JsonNode found = tools.call(writer, "find_duplicates", Map.of("table", arguments(), "fields",
				List.of("Name", "Organisation")));

		assertThat(found.path("groupCount").asInt()).isEqualTo(1);
		assertThat(found.path("groups").get(0).path("recordIds").toString()).contains(ahmad, ahmadAgain);
	}

	@Test
	void exportsCsvWithEveryCellASpreadsheetWouldRunDefused() {
		add(Map.of("Name", "=HYPERLINK(\"http://evil.example\")", "Score", 3));

		JsonNode export = tools.call(writer, "export_csv", Map.of("table", arguments(), "fields", List.of("Name", "Score"),
				"conditions", List.of(), "matchAny", false, "limit", 100));

		assertThat(export.path("records").asInt()).isEqualTo(1);
		assertThat(export.path("csv").asString()).startsWith("Name,Score\r\n\"'=HYPERLINK(\"\"http://evil.example\"\")\",3");
	}

	@Test
	void draftsALetterForARecordOnceAndGivesItsThread() {
		knowledge.seedCategories(organisation.tenantId());
		mappings.save(ToolCallsFixture.caller(organisation.owner()), new FieldMapping(contacts,
				Map.of(LetterField.RECIPIENT_NAME, "Name", LetterField.ORGANISATION, "Organisation"), Map.of()));
		String record = add(Map.of("Name", "سارة الأحمد", "Organisation", "مدرسة النور"));
		Map<String, Object> draft = Map.of("table", arguments(), "recordId", record, "category", "request",
				"language", "ar", "request", "نرجو التكرم بالموافقة على مشاركة المدرسة في معرض العلوم");

		JsonNode first = tools.call(writer, "draft_letter_for_record", draft);
		JsonNode again = tools.call(writer, "draft_letter_for_record", draft);

		assertThat(again.path("id").asString()).isEqualTo(first.path("id").asString());
		assertThat(first.path("recipient").asString()).contains("سارة الأحمد", "مدرسة النور");
		UUID letter = UUID.fromString(first.path("id").asString());
		UUID followUp = letters.draft(ToolCallsFixture.caller(writer), new DraftLetter("request", Language.ARABIC,
				new RecipientInput("سارة الأحمد", "saada", null, null, "مدرسة النور"), null, "نذكّركم بطلب مشاركة المدرسة في معرض العلوم", null, letter), null).id();
		JsonNode listed = tools.call(writer, "list_letters", listing("DRAFT"));
		JsonNode thread = tools.call(writer, "summarise_thread", Map.of("letterId", followUp.toString()));

		assertThat(listed.path("total").asInt()).isEqualTo(2);
		assertThat(thread.path("letters").asInt()).isEqualTo(2);
		assertThat(thread.path("thread").get(0).path("id").asString()).isEqualTo(letter.toString());
		assertThat(thread.path("thread").get(1).path("followsUp").asString()).isEqualTo(letter.toString());
		assertThat(thread.path("thread").get(0).path("subject").asString()).isNotBlank();
	}

	@Test
	void searchesTheArchiveOfTheCallersOrganisationOnly() {
		archive.store(StoreRequest.upload(organisation.tenantId(), null, FileKind.INCOMING, "invitation.txt", "text/plain",
				"دعوة لحضور معرض العلوم في مدرسة النور".getBytes(StandardCharsets.UTF_8)));
		TestAccounts.Account stranger = accounts.member(accounts.organisation(), Role.OWNER);
		Map<String, Object> search = new HashMap<>(Map.of("words", "مدرسه", "page", 0, "size", 10));
		search.put("from", null);
		search.put("to", null);
		search.put("kind", null);

		JsonNode found = tools.call(writer, "search_archive", search);

		assertThat(found.path("total").asInt()).isEqualTo(1);
		assertThat(found.path("documents").get(0).path("passage").asString()).contains("«");
		assertThat(tools.call(stranger, "search_archive", search).path("total").asInt()).isZero();
	}

	private Map<String, Object> listing(String status) {
		Map<String, Object> listing = new HashMap<>(Map.of("status", status, "page", 0, "size", 20));
		listing.put("words", null);
		return listing;
	}

	private String add(Map<String, Object> values) {
		return records.create(ToolCallsFixture.caller(writer), contacts, values).id();
	}

	private Map<String, Object> arguments() {
		return table(contacts.sourceId().toString(), contacts.baseId(), contacts.tableId());
	}

	private static JsonNode field(JsonNode analysis, String name) {
		for (JsonNode field : analysis.path("fields")) {
			if (field.path("field").asString().equals(name)) {
				return field;
			}
		}
		throw new AssertionError("No field " + name + " in " + analysis);
	}
}
