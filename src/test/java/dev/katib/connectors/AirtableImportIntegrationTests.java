package dev.katib.connectors;

import static dev.katib.support.FakeBase.field;
import static dev.katib.support.FakeBase.select;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.katib.accounts.Role;
import dev.katib.support.FakeAirtable;
import dev.katib.support.FakeBase;
import dev.katib.support.IntegrationTest;
import dev.katib.support.TestAccounts;

class AirtableImportIntegrationTests extends IntegrationTest {

	static final List<String> HEADER = List.of("Email", "Name", "Amount", "Joined", "Active", "Status");

	@Test
	void importsAThousandRowsWithoutA429AndAgainWithTheSameUpsertKeyChangesNothing() {
		FakeAirtable airtable = FakeAirtable.shared();
		FakeBase base = airtable.base("Beneficiaries");
		FakeBase.Table table = base.table("Recipients", field("Email", "email"), field("Name", "singleLineText"),
				field("Amount", "currency"), field("Joined", "date"), field("Active", "checkbox"),
				select("Status", "new", "reviewed"));
		var organisation = accounts.organisation();
		TestAccounts.Account writer = accounts.member(organisation, Role.WRITER);
		SourcesClient api = new SourcesClient(baseUrl(), accounts);
		String source = api.connectAirtable(organisation.owner(), airtable.token(base));
		String tablePath = "/api/v1/sources/" + source + "/bases/" + base.id + "/tables/" + table.id;
		List<List<Object>> rows = rows(1000);

		var first = api.importRows(writer, tablePath, HEADER, rows, List.of("Email"));

		assertThat(first.path("status").asString()).isEqualTo("DONE");
		assertThat(first.path("created").asInt()).isEqualTo(1000);
		assertThat(first.path("failures").size()).isZero();
		assertThat(base.rejected()).as("429s from Airtable").isZero();
		assertThat(byEmail(table.records())).isEqualTo(expected(rows));
		List<String> ids = table.recordIds();

		var again = api.importRows(writer, tablePath, HEADER, rows, List.of("Email"));

		assertThat(again.path("status").asString()).isEqualTo("DONE");
		assertThat(again.path("created").asInt()).isZero();
		assertThat(again.path("updated").asInt()).isEqualTo(1000);
		assertThat(table.recordIds()).isEqualTo(ids);
		assertThat(byEmail(table.records())).isEqualTo(expected(rows));
		assertThat(base.rejected()).isZero();
	}

	static List<List<Object>> rows(int count) {
		List<List<Object>> rows = new ArrayList<>();
		for (int i = 1; i <= count; i++) {
			rows.add(List.of("person" + i + "@example.org", "المستفيد رقم " + i, new BigDecimal(i + ".25"),
					"2026-%02d-%02d".formatted(1 + i % 12, 1 + i % 28), i % 2 == 0, i % 3 == 0 ? "reviewed" : "new"));
		}
		return rows;
	}

	/** What Airtable should hold for the rows, by e-mail. */
	private static Map<String, Map<String, Object>> expected(List<List<Object>> rows) {
		Map<String, Map<String, Object>> expected = new HashMap<>();
		for (List<Object> row : rows) {
			Map<String, Object> fields = new HashMap<>();
			for (int c = 0; c < HEADER.size(); c++) {
				fields.put(HEADER.get(c), normal(row.get(c)));
			}
			expected.put((String) row.getFirst(), fields);
		}
		return expected;
	}

	private static Map<String, Map<String, Object>> byEmail(List<Map<String, Object>> records) {
		Map<String, Map<String, Object>> found = new HashMap<>();
		for (Map<String, Object> record : records) {
			Map<String, Object> fields = new HashMap<>();
			record.forEach((name, value) -> fields.put(name, normal(value)));
			found.put((String) record.get("Email"), fields);
		}
		return found;
	}

	private static Object normal(Object value) {
		return value instanceof Number n ? new BigDecimal(n.toString()).stripTrailingZeros() : value;
	}
}
