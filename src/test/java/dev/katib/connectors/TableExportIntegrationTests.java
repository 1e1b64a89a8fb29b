package dev.katib.connectors;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.katib.accounts.Role;
import dev.katib.connectors.spreadsheet.SpreadsheetLimits;
import dev.katib.connectors.spreadsheet.SpreadsheetPreview;
import dev.katib.connectors.spreadsheet.SpreadsheetReader;
import dev.katib.support.IntegrationTest;
import dev.katib.support.TestAccounts;

class TableExportIntegrationTests extends IntegrationTest {

	private final SpreadsheetReader reader = new SpreadsheetReader(SpreadsheetLimits.DEFAULTS);

	private String tableWithArabicAndAFormula(SourcesClient api, TestAccounts.TestOrganisation organisation) {
		String source = api.post(organisation.owner(), "/api/v1/sources", Map.of("kind", "BUILT_IN", "name", "جداولنا"), 201)
			.path("id").asString();
		String table = api.post(organisation.owner(), "/api/v1/sources/" + source + "/bases/local/tables",
				Map.of("name", "المستفيدون", "fields", List.of(Map.of("name", "الاسم", "type", "text"),
						Map.of("name", "Visits", "type", "number"), Map.of("name", "Since", "type", "date"))), 201)
			.path("id").asString();
		String path = "/api/v1/sources/" + source + "/bases/local/tables/" + table;
		api.importRows(organisation.owner(), path, List.of("الاسم", "Visits", "Since"),
				List.of(List.of("أحمد بن علي", 3, "2026-01-05"), List.of("=HYPERLINK(\"http://evil.example\")", 7, "2026-02-10")),
				List.of());
		return path;
	}

	@Test
	void csvExportStartsWithAByteOrderMarkKeepsArabicAndDefusesFormulas() {
		var organisation = accounts.organisation();
		TestAccounts.Account writer = accounts.member(organisation, Role.WRITER);
		SourcesClient api = new SourcesClient(baseUrl(), accounts);
		String path = tableWithArabicAndAFormula(api, organisation);

		byte[] csv = api.bytes(writer, path + "/export?format=csv", 200);

		assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
		String text = new String(csv, StandardCharsets.UTF_8);
		assertThat(text).contains("أحمد بن علي").contains("'=HYPERLINK").doesNotContain("\r\n=HYPERLINK")
			.doesNotContain(",=HYPERLINK");
		SpreadsheetPreview back = reader.read(csv);
		assertThat(back.encoding()).isEqualTo("UTF-8");
		assertThat(back.columns()).extracting(column -> column.name()).containsExactly("الاسم", "Visits", "Since");
		assertThat(back.rows()).hasSize(2);
	}

	@Test
	void xlsxExportReadsBackWithTypedCellsAndASearchExportsOnlyWhatItFinds() {
		var organisation = accounts.organisation();
		SourcesClient api = new SourcesClient(baseUrl(), accounts);
		String path = tableWithArabicAndAFormula(api, organisation);

		SpreadsheetPreview all = reader.read(api.bytes(organisation.owner(), path + "/export?format=xlsx", 200));
		SpreadsheetPreview found = reader.read(api.bytes(organisation.owner(),
				path + "/export?format=xlsx&search=" + java.net.URLEncoder.encode("أحمد", StandardCharsets.UTF_8), 200));

		assertThat(all.format()).isEqualTo(SpreadsheetPreview.Format.XLSX);
		assertThat(all.table().rows()).hasSize(2);
		assertThat(all.table().rows()).anySatisfy(row -> {
			assertThat(row.get(0)).isEqualTo("أحمد بن علي");
			assertThat(row.get(2)).isEqualTo(java.time.LocalDate.of(2026, 1, 5));
		});
		// in XLSX the formula-looking text is a text cell, which Excel never evaluates
		assertThat(all.table().rows()).anySatisfy(row -> assertThat(row.get(0)).isEqualTo("=HYPERLINK(\"http://evil.example\")"));
		assertThat(found.table().rows()).hasSize(1);
		assertThat(found.table().rows().getFirst().get(0)).isEqualTo("أحمد بن علي");
	}

	@Test
	void anotherOrganisationsTableIsNotFoundAndAnUnknownFormatIsRefused() {
		var organisation = accounts.organisation();
		var stranger = accounts.organisation();
		SourcesClient api = new SourcesClient(baseUrl(), accounts);
		String path = tableWithArabicAndAFormula(api, organisation);

		api.get(stranger.owner(), path + "/export?format=csv", 404);
		assertThat(api.get(organisation.owner(), path + "/export?format=pdf", 400).path("type").asString())
			.startsWith("urn:katib:problem:");
	}
}
