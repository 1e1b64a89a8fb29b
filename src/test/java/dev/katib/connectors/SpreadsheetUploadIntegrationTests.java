package dev.katib.connectors;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.katib.accounts.Role;
import dev.katib.support.IntegrationTest;
import dev.katib.support.PageClient;
import dev.katib.support.TestAccounts;

class SpreadsheetUploadIntegrationTests extends IntegrationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String ARABIC_CSV = """
			الاسم,العمر,المدينة
			أحمد بن علي,30,الرياض
			منى,ثلاثون,جدة
			سامي,41,مكة
			ليلى,27,الدمام
			خالد,35,أبها
			نورة,52,تبوك
			""";

	private static byte[] windows1256() {
		return ARABIC_CSV.replace("\n", "\r\n").getBytes(Charset.forName("windows-1256"));
	}

	private JsonNode upload(TestAccounts.Account account, String uri, byte[] content, Map<String, String> fields,
			int status) {
		MultipartBodyBuilder form = new MultipartBodyBuilder();
		fields.forEach(form::part);
		form.part("file", new ByteArrayResource(content) {
			@Override
			public String getFilename() {
				return "المستفيدون.csv";
			}
		});
		byte[] answer = client().post().uri(uri).header("Authorization", accounts.bearer(account))
			.contentType(MediaType.MULTIPART_FORM_DATA).body(form.build())
			.exchange().expectStatus().isEqualTo(status)
			.expectBody().returnResult().getResponseBody();
		return JSON.readTree(answer);
	}

	@Test
	void anArabicCsvInWindows1256IsPreviewedWithItsTypesAndEveryRowProblem() {
		var organisation = accounts.organisation();
		TestAccounts.Account writer = accounts.member(organisation, Role.WRITER);

		JsonNode preview = upload(writer, "/api/v1/sources/uploads", windows1256(), Map.of(), 200);

		assertThat(preview.path("format").asString()).isEqualTo("CSV");
		assertThat(preview.path("encoding").asString()).isEqualToIgnoringCase("windows-1256");
		assertThat(preview.path("delimiter").asString()).isEqualTo(",");
		assertThat(preview.path("headerRow").asInt()).isEqualTo(1);
		assertThat(preview.path("columns").findValuesAsString("name")).containsExactly("الاسم", "العمر", "المدينة");
		assertThat(preview.path("columns").get(1).path("type").asString()).isEqualTo("INTEGER");
		assertThat(preview.path("rowCount").asInt()).isEqualTo(6);
		assertThat(preview.path("firstRows").get(0).path("values").get(0).asString()).isEqualTo("أحمد بن علي");
		assertThat(preview.path("firstRows").get(0).path("row").asInt()).isEqualTo(2);
		assertThat(preview.path("problems")).hasSize(1);
		assertThat(preview.path("problemCount").asInt()).isEqualTo(1);
		JsonNode problem = preview.path("problems").get(0);
		assertThat(problem.path("row").asInt()).isEqualTo(3);
		assertThat(problem.path("column").asString()).isEqualTo("العمر");
		assertThat(problem.path("value").asString()).isEqualTo("ثلاثون");
		assertThat(problem.path("message").asString()).contains("Row 3").contains("a whole number");
	}

	@Test
	void anUploadImportsIntoABuiltInTableAndARepeatedImportWithAnUpsertKeyUpdatesInsteadOfDuplicating() {
		var organisation = accounts.organisation();
		TestAccounts.Account writer = accounts.member(organisation, Role.WRITER);
		SourcesClient api = new SourcesClient(baseUrl(), accounts);
		String source = api.post(organisation.owner(), "/api/v1/sources", Map.of("kind", "BUILT_IN", "name", "جداولنا"), 201)
			.path("id").asString();
		String table = api.post(organisation.owner(), "/api/v1/sources/" + source + "/bases/local/tables",
				Map.of("name", "المستفيدون", "fields", List.of(Map.of("name", "الاسم", "type", "text"),
						Map.of("name", "العمر", "type", "number"), Map.of("name", "المدينة", "type", "text"))), 201)
			.path("id").asString();
		String path = "/api/v1/sources/" + source + "/bases/local/tables/" + table;

		JsonNode first = api.waitFor(writer, upload(writer, path + "/imports/upload", windows1256(),
				Map.of("upsertKey", "الاسم"), 202).path("id").asString(), Duration.ofMinutes(1));
		clock.advance(Duration.ofMinutes(1));
		JsonNode again = api.waitFor(writer, upload(writer, path + "/imports/upload", windows1256(),
				Map.of("upsertKey", "الاسم"), 202).path("id").asString(), Duration.ofMinutes(1));

		assertThat(first.path("status").asString()).isEqualTo("DONE");
		assertThat(first.path("created").asInt()).isEqualTo(5);
		assertThat(first.path("failures")).hasSize(1);
		assertThat(first.path("failures").get(0).path("reason").asString()).contains("العمر");
		String page = new PageClient(baseUrl(), accounts, writer).get("/sources/imports/" + first.path("id").asString())
			.body();
		assertThat(page).contains("الحقل «العمر» يحتاج قيمة من نوع رقم.").doesNotContain("needs a value");
		assertThat(again.path("created").asInt()).isZero();
		assertThat(again.path("updated").asInt()).isEqualTo(5);
		JsonNode records = api.get(writer, path + "/records?pageSize=100", 200).path("records");
		assertThat(records).hasSize(5);
		assertThat(records.findValuesAsString("المدينة")).contains("الرياض", "أبها");
		JsonNode listed = api.get(writer, path + "/imports", 200);
		assertThat(listed.findValuesAsString("id")).containsExactly(again.path("id").asString(), first.path("id").asString());
		api.get(accounts.organisation().owner(), path + "/imports", 404);
	}

	@Test
	void anUploadBecomesANewBuiltInTableWithAFieldOfTheReadTypePerColumn() {
		var organisation = accounts.organisation();
		SourcesClient api = new SourcesClient(baseUrl(), accounts);
		String source = api.post(organisation.owner(), "/api/v1/sources", Map.of("kind", "BUILT_IN", "name", "جداولنا"), 201)
			.path("id").asString();
		String tables = "/api/v1/sources/" + source + "/bases/local/tables";

		JsonNode started = upload(organisation.owner(), tables + "/upload", windows1256(), Map.of("name", "المستفيدون"), 202);
		JsonNode done = api.waitFor(organisation.owner(), started.path("id").asString(), Duration.ofMinutes(1));

		JsonNode table = api.get(organisation.owner(), tables, 200).get(0);
		assertThat(table.path("name").asString()).isEqualTo("المستفيدون");
		assertThat(table.path("fields").findValuesAsString("type")).containsExactly("text", "number", "text");
		assertThat(done.path("created").asInt()).isEqualTo(5);
		assertThat(done.path("failures").get(0).path("row").asInt()).isEqualTo(2);
		assertThat(api.get(organisation.owner(), tables + "/" + table.path("id").asString() + "/records?pageSize=100", 200)
			.path("records")).hasSize(5);
		upload(accounts.member(organisation, Role.WRITER), tables + "/upload", windows1256(), Map.of("name", "x"), 403);

		byte[] addresses = "الجهة,العنوان\r\nوزارة التعليم,\"مبنى 5\r\nطريق الملك فهد\r\nالرياض\"\r\n"
			.getBytes(StandardCharsets.UTF_8);
		JsonNode imported = api.waitFor(organisation.owner(), upload(organisation.owner(), tables + "/upload", addresses,
				Map.of("name", "العناوين"), 202).path("id").asString(), Duration.ofMinutes(1));
		String path = tables + "/" + imported.path("table").path("tableId").asString();
		assertThat(api.get(organisation.owner(), path, 200).path("fields").findValuesAsString("type"))
			.containsExactly("text", "longText");
		assertThat(api.get(organisation.owner(), path + "/records", 200).path("records").get(0).path("fields")
			.path("العنوان").asString()).isEqualTo("مبنى 5\nطريق الملك فهد\nالرياض");
	}

	@Test
	void theHeaderRowCanBeGivenWhenDetectionTakesTheWrongOneAndARefusedFileLeavesNoTableBehind() {
		var organisation = accounts.organisation();
		byte[] serials = "No,Name,Phone\n1,2,3\n4,5,6\n".getBytes(StandardCharsets.UTF_8);

		JsonNode given = upload(organisation.owner(), "/api/v1/sources/uploads", serials, Map.of("headerRow", "1"), 200);
		assertThat(given.path("columns").findValuesAsString("name")).containsExactly("No", "Name", "Phone");
		assertThat(given.path("rowCount").asInt()).isEqualTo(2);
		assertThat(upload(organisation.owner(), "/api/v1/sources/uploads", serials, Map.of("headerRow", "99"), 400)
			.path("detail").asString()).contains("header row");

		SourcesClient api = new SourcesClient(baseUrl(), accounts);
		String source = api.post(organisation.owner(), "/api/v1/sources", Map.of("kind", "BUILT_IN", "name", "جداولنا"), 201)
			.path("id").asString();
		String tables = "/api/v1/sources/" + source + "/bases/local/tables";
		upload(organisation.owner(), tables + "/upload", "الاسم,المدينة\n".getBytes(StandardCharsets.UTF_8),
				Map.of("name", "قالب فارغ"), 400);
		assertThat(api.get(organisation.owner(), tables, 200)).isEmpty();
	}

	@Test
	void aFileThatIsNoSpreadsheetOrIsMissingIsRefusedAndAViewerMayNotUpload() {
		var organisation = accounts.organisation();
		TestAccounts.Account viewer = accounts.member(organisation, Role.VIEWER);
		byte[] pdf = "%PDF-1.7\n1 0 obj\n".getBytes(StandardCharsets.US_ASCII);

		JsonNode notASpreadsheet = upload(organisation.owner(), "/api/v1/sources/uploads", pdf, Map.of(), 422);
		JsonNode empty = upload(organisation.owner(), "/api/v1/sources/uploads", new byte[0], Map.of(), 400);
		upload(viewer, "/api/v1/sources/uploads", windows1256(), Map.of(), 403);

		assertThat(notASpreadsheet.path("type").asString()).endsWith("spreadsheet-unreadable");
		assertThat(notASpreadsheet.path("detail").asString()).contains("neither CSV nor XLSX");
		assertThat(empty.path("type").asString()).endsWith("validation-failed");
	}
}
