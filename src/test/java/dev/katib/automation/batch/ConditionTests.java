package dev.katib.automation.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.katib.connectors.FieldType;
import dev.katib.connectors.Filter;
import dev.katib.connectors.SourceTable;
import dev.katib.connectors.TableField;
import dev.katib.platform.KatibException;

class ConditionTests {

	static final FieldType TEXT = new FieldType.Text(FieldType.Text.Format.LINE);
	static final SourceTable SCHOOLS = new SourceTable("tbl1", "Schools", "fld1",
			List.of(new TableField("fld1", "School name", TEXT), new TableField("fld2", "City", TEXT)), List.of());

	@Test
	void everyConditionMustHoldAndNoConditionKeepsEveryRecord() {
		Filter both = Condition.filter(List.of(new Condition("City", "equals", "جدة"),
				new Condition("School name", "contains", "النور")));

		assertThat(both).isEqualTo(new Filter.All(List.of(new Filter.Equals("City", "جدة"),
				new Filter.Contains("School name", "النور"))));
		assertThat(Condition.filter(List.of())).isNull();
	}

	@Test
	void aConditionOnAFieldTheTableLacksNamesItsPlace() {
		assertThatThrownBy(() -> Condition.checked(List.of(new Condition("City", "equals", "جدة"),
				new Condition("Region", "equals", "غرب")), SCHOOLS))
			.isInstanceOfSatisfying(KatibException.class,
					problem -> assertThat(problem.properties()).containsEntry("field", "conditions[1].field"));
	}

	@Test
	void anOperatorOtherThanEqualsOrContainsIsRefused() {
		assertThatThrownBy(() -> Condition.checked(List.of(new Condition("City", "like", "ج%")), SCHOOLS))
			.isInstanceOfSatisfying(KatibException.class,
					problem -> assertThat(problem.properties()).containsEntry("field", "conditions[0].operator"));
	}
}
