package dev.katib.automation.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.katib.connectors.FieldType;
import dev.katib.connectors.TableField;

class RequestTemplateTests {

	static final FieldType TEXT = new FieldType.Text(FieldType.Text.Format.LINE);
	static final List<TableField> SCHOOLS = List.of(new TableField("fld1", "School name", TEXT),
			new TableField("fld2", "المدينة", TEXT));

	@Test
	void listsEachMergeFieldOnceInTheOrderItFirstAppears() {
		RequestTemplate template = new RequestTemplate(
				"Invite {{School name}} in {{ المدينة }} to the fair; {{School name}} may bring ten pupils.");

		assertThat(template.mergeFields()).containsExactly("School name", "المدينة");
	}

	@Test
	void namesTheMergeFieldsTheTableDoesNotHave() {
		RequestTemplate template = new RequestTemplate("Invite {{School nmae}} in {{المدينة}} from {{Region}}.");

		assertThat(template.unknownFields(SCHOOLS)).containsExactly("School nmae", "Region");
	}

	@Test
	void fillsEachRowAndLeavesBracesInTheRowsValuesAlone() {
		RequestTemplate template = new RequestTemplate("Invite {{School name}} in {{المدينة}}.");
		Map<String, Object> row = new HashMap<>();
		row.put("School name", "Al {{Noor}} $1 School");

		assertThat(template.fill(row, String::valueOf)).isEqualTo("Invite Al {{Noor}} $1 School in .");
	}

	@Test
	void refusesAnEmptyOrOverlongTemplate() {
		assertThatIllegalArgumentException().isThrownBy(() -> new RequestTemplate("  "));
		assertThatIllegalArgumentException().isThrownBy(() -> new RequestTemplate("x".repeat(4001)));
	}
}
