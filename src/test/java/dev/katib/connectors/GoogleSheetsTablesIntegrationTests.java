package dev.katib.connectors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;

import tools.jackson.databind.JsonNode;

import dev.katib.accounts.Role;
import dev.katib.connectors.internal.ChangeWatch;
import dev.katib.support.FakeSheets;
import dev.katib.support.IntegrationTest;
import dev.katib.support.TestAccounts;

/** A Google Sheets source against a fake Sheets API that keeps its cells, through Google's official client. */
class GoogleSheetsTablesIntegrationTests extends IntegrationTest {

	static final String ACCOUNT = "letters@school-board.iam.gserviceaccount.com";

	@Autowired
	ChangeWatch watch;

	@Autowired
	ApplicationEventMulticaster multicaster;

	private final FakeSheets sheets = FakeSheets.shared();
	private final List<RecordsChanged> seen = new CopyOnWriteArrayList<>();
	private final ApplicationListener<PayloadApplicationEvent<RecordsChanged>> listener = event -> seen.add(event.getPayload());
	private TestAccounts.TestOrganisation organisation;
	private SourcesClient api;
	private String spreadsheetId;
	private String source;

	@BeforeEach
	void connect() {
		multicaster.addApplicationListener(listener);
		organisation = accounts.organisation();
		api = new SourcesClient(baseUrl(), accounts);
		spreadsheetId = "1" + UUID.randomUUID().toString().replace("-", "");
		sheets.spreadsheet(spreadsheetId, "مدارس المنطقة الشرقية", Set.of(ACCOUNT), Map.of("المدارس", List.of(
				List.of("المدرسة", "المدينة", "", "المدينة"),
				List.of("ثانوية الملك فهد", "الدمام", "أ", "الخبر"),
				List.of(),
				List.of("متوسطة الفيصلية", "الأحساء"))));
		source = api.post(organisation.owner(), "/api/v1/sources", Map.of("kind", "GOOGLE_SHEETS", "name", "جداول المدارس",
				"serviceAccountKey", sheets.serviceAccountKey(ACCOUNT)), 201).path("id").asString();
	}

	@AfterEach
	void stopListening() {
		multicaster.removeApplicationListener(listener);
	}

	@Test
	void aSpreadsheetIsAddedByItsLinkAndItsSheetsAreTablesNamedByTheirFirstRow() {
		JsonNode added = api.post(organisation.owner(), "/api/v1/sources/" + source + "/bases",
				Map.of("spreadsheet", "https://docs.google.com/spreadsheets/d/" + spreadsheetId + "/edit#gid=0"), 201);

		assertThat(added.path("id").asString()).isEqualTo(spreadsheetId);
		assertThat(added.path("name").asString()).isEqualTo("مدارس المنطقة الشرقية");
		assertThat(api.get(organisation.owner(), "/api/v1/sources/" + source + "/bases", 200).findValuesAsString("id"))
			.containsExactly(spreadsheetId);
		JsonNode table = api.get(organisation.owner(), "/api/v1/sources/" + source + "/bases/" + spreadsheetId + "/tables",
				200).get(0);
		assertThat(table.path("name").asString()).isEqualTo("المدارس");
		assertThat(table.path("fields").findValuesAsString("name"))
			.containsExactly("المدرسة", "المدينة", "Column C", "المدينة (2)");

		JsonNode page = api.get(organisation.owner(), records(table), 200);
		assertThat(page.path("records").findValuesAsString("id")).containsExactly("2", "4");
		assertThat(page.path("records").get(0).path("fields").path("المدينة (2)").asString()).isEqualTo("الخبر");
		assertThat(page.path("records").get(1).path("fields").has("Column C")).isFalse();
	}

	@Test
	void aSpreadsheetNotSharedWithTheServiceAccountIsRefusedNamingTheAccountToShareItWith() {
		String secret = "1" + UUID.randomUUID().toString().replace("-", "");
		sheets.spreadsheet(secret, "Private", Set.of("someone@else.iam.gserviceaccount.com"), Map.of("S", List.of()));

		JsonNode problem = api.post(organisation.owner(), "/api/v1/sources/" + source + "/bases",
				Map.of("spreadsheet", secret), 422);

		assertThat(problem.path("type").asString()).isEqualTo("urn:katib:problem:source-access-denied");
		assertThat(problem.path("detail").asString()).contains(ACCOUNT);
		assertThat(problem.path("source").asString()).isEqualTo("جداول المدارس");
		assertThat(api.post(organisation.owner(), "/api/v1/sources/" + source + "/bases",
				Map.of("spreadsheet", "not a link"), 400).path("type").asString())
			.isEqualTo("urn:katib:problem:validation-failed");
		assertThat(api.get(organisation.owner(), "/api/v1/sources/" + source + "/bases", 200).isEmpty()).isTrue();
	}

	@Test
	void recordsAreAddedChangedAndDeletedInTheSheetItself() {
		JsonNode table = addedTable();
		TestAccounts.Account writer = accounts.member(organisation, Role.WRITER);

		JsonNode created = api.post(writer, records(table),
				Map.of("fields", Map.of("المدرسة", "=HYPERLINK(\"http://evil.example\")", "المدينة", "القطيف")), 201);
		assertThat(created.path("id").asString()).isEqualTo("5");
		api.patch(writer, records(table) + "/2", Map.of("fields", Map.of("المدينة", "الظهران")), 200);
		api.delete(writer, records(table) + "/4", 204);

		assertThat(sheets.rows(spreadsheetId, "المدارس")).containsExactly(
				List.of("المدرسة", "المدينة", "", "المدينة"),
				List.of("ثانوية الملك فهد", "الظهران", "أ", "الخبر"),
				List.of(),
				List.of(),
				List.of("=HYPERLINK(\"http://evil.example\")", "القطيف", "", ""));
		assertThat(api.get(writer, records(table) + "/4", 404).path("type").asString())
			.isEqualTo("urn:katib:problem:source-not-found");
		String search = "?searchField=" + encoded("المدينة") + "&search=" + encoded("الظهر");
		assertThat(api.get(writer, records(table) + search, 200).path("records").findValuesAsString("id"))
			.containsExactly("2");
	}

	@Test
	void anotherOrganisationCannotReadTheSpreadsheetsOfThisSource() {
		JsonNode table = addedTable();
		var stranger = accounts.organisation();

		api.get(stranger.owner(), records(table), 404);
		api.post(stranger.owner(), "/api/v1/sources/" + source + "/bases", Map.of("spreadsheet", spreadsheetId), 404);
		api.delete(stranger.owner(), "/api/v1/sources/" + source + "/bases/" + spreadsheetId, 404);
		api.delete(accounts.member(organisation, Role.WRITER), "/api/v1/sources/" + source + "/bases/" + spreadsheetId, 403);

		api.delete(organisation.owner(), "/api/v1/sources/" + source + "/bases/" + spreadsheetId, 204);
		assertThat(api.get(organisation.owner(), records(table), 404).path("detail").asString()).contains("add it by its link");
		assertThat(sheets.rows(spreadsheetId, "المدارس")).hasSize(4);
	}

	@Test
	void pollingFindsTheRowsChangedInGoogleSheetsSinceTheLastPoll() throws Exception {
		JsonNode table = addedTable();
		api.put(organisation.owner(), path(table) + "/mapping",
				Map.of("fields", Map.of("RECIPIENT_NAME", "المدرسة"), "mergeFields", Map.of("city", "المدينة")), 200);
		watch.pollAll();
		assertThat(changesOfThisOrganisation()).isEmpty();

		sheets.edit(spreadsheetId, "المدارس", 4, 2, "الجبيل");
		watch.pollAll();

		Instant until = Instant.now().plus(Duration.ofSeconds(30));
		while (changesOfThisOrganisation().isEmpty() && Instant.now().isBefore(until)) {
			Thread.sleep(100);
		}
		assertThat(changesOfThisOrganisation()).singleElement()
			.satisfies(changed -> assertThat(changed.recordIds()).containsExactly("4"));
	}

	private static String encoded(String text) {
		return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
	}

	private List<RecordsChanged> changesOfThisOrganisation() {
		return seen.stream().filter(changed -> changed.tenantId().equals(organisation.tenantId())).toList();
	}

	private JsonNode addedTable() {
		api.post(organisation.owner(), "/api/v1/sources/" + source + "/bases", Map.of("spreadsheet", spreadsheetId), 201);
		return api.get(organisation.owner(), "/api/v1/sources/" + source + "/bases/" + spreadsheetId + "/tables", 200).get(0);
	}

	private String path(JsonNode table) {
		return "/api/v1/sources/" + source + "/bases/" + spreadsheetId + "/tables/" + table.path("id").asString();
	}

	private String records(JsonNode table) {
		return path(table) + "/records";
	}
}
