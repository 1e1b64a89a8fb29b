package dev.katib.letters.prompt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.katib.letters.content.Violation;
import dev.katib.letters.content.Violation.Rule;

class RepairPromptTests {

	@Test
	void quotesEveryViolationForTheOneRepairAttempt() {
		String message = RepairPrompt.message(List.of(
				new Violation(Rule.INVENTED_FIGURE, "paragraphs[1]", "contains the figure 250"),
				new Violation(Rule.MISSING_PART, "subject", "is empty; give the letter a subject")));

		assertThat(message).contains("- paragraphs[1]: contains the figure 250\n",
				"- subject: is empty; give the letter a subject\n", "complete corrected JSON object");
	}
}
