package dev.katib.automation.flows;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class AutomationFormTests {

	@Test
	void anAutomationWithMoreConditionsThanTheUsualRowsKeepsThemAllWhenSavedFromTheForm() {
		AutomationForm form = withConditions(List.of("Status", "Title", "Email", "Ready"));

		assertThat(form.conditionRows()).isEqualTo(5);
		assertThat(form.request().conditions()).extracting(FlowCondition::field)
			.containsExactly("Status", "Title", "Email", "Ready");
	}

	@Test
	void aNewAutomationShowsThreeConditionRowsAndSkipsTheBlankOnes() {
		AutomationForm form = withConditions(List.of("Status", "", ""));

		assertThat(form.conditionRows()).isEqualTo(AutomationForm.CONDITION_ROWS);
		assertThat(form.request().conditions()).extracting(FlowCondition::field).containsExactly("Status");
	}

	@Test
	void theRowsStopAtTheMostConditionsAnAutomationMayHave() {
		AutomationForm form = withConditions(java.util.Collections.nCopies(DefinitionRules.MAX_CONDITIONS, "Status"));

		assertThat(form.conditionRows()).isEqualTo(DefinitionRules.MAX_CONDITIONS);
	}

	private static AutomationForm withConditions(List<String> fields) {
		List<String> operators = fields.stream().map(field -> "not_empty").toList();
		List<String> values = fields.stream().map(field -> "").toList();
		return new AutomationForm("Answer", true, "MANUAL", null, null, null, null, null, null, null, fields,
				operators, values, "[{\"id\": \"submit\", \"type\": \"SUBMIT\"}]", null);
	}
}
