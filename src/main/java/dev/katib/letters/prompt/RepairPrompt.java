package dev.katib.letters.prompt;

import java.util.List;

import dev.katib.letters.content.Violation;

/**
 * The follow-up message that gives a model one chance to correct an answer that broke the rules, quoting every
 * violation.
 */
public final class RepairPrompt {

	private RepairPrompt() {
	}

	/** The message to send after the model's rejected answer, in the same conversation. */
	public static String message(List<Violation> violations) {
		var message = new StringBuilder("Your answer breaks these rules:\n");
		violations.forEach(violation -> message.append("- ").append(Fence.neutral(violation.quote())).append('\n'));
		message.append("Answer again with the complete corrected JSON object following the schema. Change only "
				+ "what these rules require.");
		return message.toString();
	}
}
