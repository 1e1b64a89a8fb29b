package dev.katib.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.katib.connectors.Filter;
import dev.katib.connectors.FieldType;
import dev.katib.connectors.Formula;
import dev.katib.connectors.SourceTable;
import dev.katib.connectors.TableField;

/** Whatever a user types into a search, the formula Katib sends only ever looks for that text. */
class FormulaSafetyTests {

	private static final SourceTable TABLE = new SourceTable("tbl1", "People", "fld1",
			List.of(new TableField("fld1", "Name", new FieldType.Text(FieldType.Text.Format.LINE))), List.of());

	@Test
	void anyTypedTextIsOnlyEverSearchedForAsText() {
		qt().withExamples(2000).forAll(strings().allPossible().ofLengthBetween(1, 30)).checkAssert(typed -> {
			String formula = Formula.of(new Filter.Contains("Name", typed), TABLE);
			String kept = typed.codePoints().filter(c -> !Character.isISOControl(c) || c == '\n' || c == '\r' || c == '\t')
				.filter(c -> Character.getType(c) != Character.SURROGATE)
				.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();

			assertThat(FakeFormula.matches(formula, Map.of("Name", "before " + kept + " after"), Instant.now())).isTrue();
			assertThat(FakeFormula.matches(formula, Map.of("Name", ""), Instant.now())).isEqualTo(kept.isEmpty());
		});
	}

	@Test
	void quotesBackslashesAndFormulaTextStayInsideTheLiteral() {
		String formula = Formula.of(new Filter.Contains("Name", "\") > 0, TRUE(), FIND(\"\\"), TABLE);

		assertThat(formula).isEqualTo("FIND(LOWER(\"\\\") > 0, TRUE(), FIND(\\\"\\\\\"), LOWER({Name} & \"\")) > 0");
		assertThat(FakeFormula.matches(formula, Map.of("Name", "Huda"), Instant.now())).isFalse();
	}

	@Test
	void findsRecordsByIdWithoutLettingAnIdEndTheLiteral() {
		String formula = Formula.of(new Filter.RecordIdIn(List.of("recA", "rec\"B")), TABLE);

		assertThat(formula).isEqualTo("OR(RECORD_ID() = \"recA\", RECORD_ID() = \"rec\\\"B\")");
		assertThat(FakeFormula.matches(formula, "recA", Map.of(), Instant.now())).isTrue();
		assertThat(FakeFormula.matches(formula, "recC", Map.of(), Instant.now())).isFalse();
	}

	@Test
	void namesOnlyFieldsOfTheTable() {
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> Formula.of(new Filter.Equals("Secret}", "x"), TABLE))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void combinesFiltersAndComparesTypedValues() {
		SourceTable table = new SourceTable("tbl1", "People", "fld1", List.of(
				new TableField("fld1", "Name", new FieldType.Text(FieldType.Text.Format.LINE)),
				new TableField("fld2", "Age", new FieldType.Decimal(0)),
				new TableField("fld3", "Active", new FieldType.Checkbox())), List.of());
		String formula = Formula.of(new Filter.All(List.of(new Filter.Equals("Age", new java.math.BigDecimal("41")),
				new Filter.Equals("Active", true), new Filter.Any(List.of(new Filter.Contains("Name", "su"))))), table);

		assertThat(formula).isEqualTo("AND({Age} = 41, {Active}, OR(FIND(LOWER(\"su\"), LOWER({Name} & \"\")) > 0))");
		assertThat(FakeFormula.matches(formula, Map.of("Name", "Susan", "Age", 41, "Active", true), Instant.now())).isTrue();
		assertThat(FakeFormula.matches(formula, Map.of("Name", "Susan", "Age", 42, "Active", true), Instant.now())).isFalse();
	}
}
