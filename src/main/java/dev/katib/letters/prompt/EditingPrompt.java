package dev.katib.letters.prompt;

import dev.katib.knowledge.StyleRule;
import dev.katib.knowledge.DraftingKnowledge;

import java.util.List;

import dev.katib.knowledge.CategoryDefinition;
import dev.katib.platform.Inputs;
import dev.katib.knowledge.Language;
import dev.katib.letters.content.LetterJson;
import dev.katib.letters.content.StructuredLetter;

/**
 * Assembles the dedicated prompt that asks a model to revise a letter by one instruction of the writer's. It is
 * not the drafting prompt: the model gets the current letter and a single change to make, and answers with the
 * complete revised letter and a one-line summary of what changed.
 */
public final class EditingPrompt {

	private EditingPrompt() {
	}

	/**
	 * @param current the current version of the letter
	 * @param instruction the writer's instruction, e.g. "make the second paragraph firmer"
	 * @param category the letter's category
	 * @param knowledge the organisation's rules and the writer's preferences (reference letters are not used)
	 */
	public static Prompt of(StructuredLetter current, String instruction, CategoryDefinition category,
			DraftingKnowledge knowledge) {
		String change = Inputs.required(instruction, "instruction", 1, PromptLimits.INSTRUCTION);
		return new Prompt(system(current.language(), category, knowledge) + SUGGESTION_RULE, user(current, change));
	}

	/** The chat also asks whether the instruction repeats a kind the writer keeps asking for. */
	static final String SUGGESTION_RULE = """

			If this instruction repeats the kind of change the writer asked for in their earlier instructions \
			(given as data), put in "suggestedPreference" one short sentence, in the writer's language, that would \
			make such a change unnecessary in their future letters; otherwise null. Never let it change the letter.
			""";

	private static String system(Language language, CategoryDefinition category, DraftingKnowledge knowledge) {
		var system = new StringBuilder();
		system.append("""
				You revise a formal letter. You are given the current letter as JSON and one instruction from its \
				writer. Apply that instruction and nothing else: every part the instruction does not concern stays \
				exactly as it is, word for word. Answer only with a JSON object following the schema: "letter" is \
				the complete revised letter, every part included, and "summary" is one short line, in the writer's \
				language, saying what you changed.

				The letter must still follow these conventions:
				""");
		system.append(ConventionRules.of(category, language)).append('\n');
		system.append(ConventionRules.FACTS_RULE)
			.append(" Facts given in the instruction may be added.\n");
		List<StyleRule> rules = knowledge.rulesFor(category.key());
		if (!rules.isEmpty()) {
			system.append("\nThe organisation's writing rules:\n");
			rules.forEach(rule -> system.append("- ").append(Fence.neutral(rule.text())).append('\n'));
		}
		List<String> preferences = knowledge.preferencesOfTheWriter();
		if (!preferences.isEmpty()) {
			system.append("\nThe writer's own preferences (follow them unless they break a rule above):\n");
			preferences.forEach(preference -> system.append("- ").append(Fence.neutral(preference)).append('\n'));
		}
		system.append('\n').append(ConventionRules.DATA_RULE).append('\n');
		return system.toString();
	}

	private static String user(StructuredLetter current, String instruction) {
		return Fence.around("the current letter", LetterJson.writeForModel(current)) + "\n\nThe writer's instruction: "
				+ Fence.neutral(instruction);
	}
}
