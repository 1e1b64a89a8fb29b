package dev.katib.letters.prompt;

import dev.katib.knowledge.StyleRule;
import dev.katib.knowledge.DraftingKnowledge;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import dev.katib.letters.addressing.Addressing;
import dev.katib.knowledge.Recipient;
import dev.katib.letters.content.AddresseeBlock;
import dev.katib.knowledge.Language;
import dev.katib.letters.drafting.DraftingRequest;
import dev.katib.letters.drafting.LetterReference;

/**
 * Assembles the prompt that asks a model to draft a letter: the conventions, the category's and the
 * organisation's rules and the writer's own preferences as instructions; the request, the recipient, the
 * reference letters, the introduction and the letter replied to as fenced data.
 */
public final class DraftingPrompt {

	private DraftingPrompt() {
	}

	public static Prompt of(DraftingRequest request, DraftingKnowledge knowledge) {
		return new Prompt(system(request, knowledge), user(request, knowledge));
	}

	private static String system(DraftingRequest request, DraftingKnowledge knowledge) {
		Language language = request.language();
		var system = new StringBuilder();
		system.append("You draft formal letters for an organisation. Write a letter of the category \"")
			.append(request.category().englishName())
			.append("\" (")
			.append(request.category().arabicName())
			.append(") in ")
			.append(language == Language.ARABIC ? "Arabic" : "English")
			.append(", and answer only with a JSON object following the schema.\n\n");
		system.append(ConventionRules.of(request.category(), language)).append('\n');
		system.append(ConventionRules.FACTS_RULE).append("\n\n");
		system.append(firstContact(request)).append('\n');
		if (request.replyTo() != null) {
			system.append("The letter replies to the recipient's letter given in the material: refer to its number "
					+ "and date in the first paragraph.\n");
		}
		if (request.followsUp() != null) {
			system.append("The letter follows up our earlier letter given in the material: refer to its number "
					+ "and date in the first paragraph.\n");
		}
		List<StyleRule> rules = knowledge.rulesFor(request.category().key());
		if (!rules.isEmpty()) {
			system.append("\nThe organisation's writing rules:\n");
			rules.forEach(rule -> system.append("- ").append(Fence.neutral(rule.text())).append('\n'));
		}
		List<String> preferences = knowledge.preferencesOfTheWriter();
		if (!preferences.isEmpty()) {
			system.append("\nThe writer's own preferences (follow them unless they break a rule above):\n");
			preferences.forEach(preference -> system.append("- ").append(Fence.neutral(preference)).append('\n'));
		}
		system.append("\nReference letters show the shape and tone of this category only: never copy their "
				+ "sentences, names, numbers or dates.\n");
		system.append(ConventionRules.DATA_RULE).append('\n');
		return system.toString();
	}

	private static String firstContact(DraftingRequest request) {
		if (request.introduces()) {
			return "This is the organisation's first letter to this recipient: include the organisation's "
					+ "introduction given in the material as a short paragraph, in the letter's language.";
		}
		if (request.firstLetter()) {
			return "This is the organisation's first letter to this recipient.";
		}
		return "The organisation has written to this recipient before: do not introduce the organisation.";
	}

	private static String user(DraftingRequest request, DraftingKnowledge knowledge) {
		Language language = request.language();
		var user = new StringBuilder();
		user.append(Fence.around("the writer's request: what the letter must say", request.request())).append("\n\n");
		user.append(Fence.around("the recipient", recipient(request.recipient(), language))).append("\n\n");
		if (request.introduces()) {
			user.append(Fence.around("the organisation's introduction", request.introduction())).append("\n\n");
		}
		if (request.replyTo() != null) {
			user.append(Fence.around("the letter replied to", reference(request.replyTo(),
					knowledge.repliedLetterText()))).append("\n\n");
		}
		if (request.followsUp() != null) {
			user.append(Fence.around("our letter followed up", reference(request.followsUp(), null))).append("\n\n");
		}
		List<String> references = knowledge.referenceLettersFor(request.category().key());
		for (int i = 0; i < references.size(); i++) {
			user.append(Fence.around("reference letter " + (i + 1) + " (shape only, never copy)", references.get(i)))
				.append("\n\n");
		}
		return user.toString().strip();
	}

	/** The recipient as typed, and the addressee block and greeting the conventions give them. */
	private static String recipient(Recipient recipient, Language language) {
		AddresseeBlock block = Addressing.block(recipient, language);
		var text = new StringBuilder();
		line(text, "honorific", block.honorific());
		line(text, "job title", block.jobTitle());
		line(text, "name", block.name());
		line(text, "organisation", block.organisation());
		line(text, "gender", recipient.gender() == null ? null : recipient.gender().name().toLowerCase(Locale.ROOT));
		line(text, "prayer phrase", block.prayer());
		line(text, "greeting", Addressing.greeting(recipient, language));
		return text.toString().strip();
	}

	private static String reference(LetterReference letter, @Nullable String text) {
		var reference = new StringBuilder();
		line(reference, "number", letter.number());
		line(reference, "date", letter.date());
		if (text != null && !text.isBlank()) {
			reference.append("text:\n").append(PromptLimits.cut(text.strip(), PromptLimits.REPLIED_LETTER));
		}
		return reference.toString().strip();
	}

	private static void line(StringBuilder text, String label, @Nullable String value) {
		if (value != null && !value.isBlank()) {
			text.append(label).append(": ").append(value).append('\n');
		}
	}
}
