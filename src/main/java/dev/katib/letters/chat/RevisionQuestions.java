package dev.katib.letters.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import dev.katib.ai.Attribution;
import dev.katib.ai.DataPart;
import dev.katib.knowledge.CategoryDefinition;
import dev.katib.knowledge.DraftingKnowledge;
import dev.katib.knowledge.SeedCategories;
import dev.katib.knowledge.WritingKnowledge;
import dev.katib.letters.Letter;
import dev.katib.letters.LetterHistory;
import dev.katib.letters.LetterVersion;
import dev.katib.letters.asking.Question;
import dev.katib.letters.content.RevisionAnswer;
import dev.katib.letters.content.StructuredLetter;
import dev.katib.letters.content.Verdict;
import dev.katib.letters.content.Violation;
import dev.katib.letters.prompt.EditingPrompt;
import dev.katib.letters.validation.Expectations;
import dev.katib.letters.validation.LetterValidator;
import dev.katib.platform.KatibException;

/**
 * The question an instruction on a version of a letter puts to the model: the editing prompt, and the rules the
 * revision must follow: those of a correct letter, stating as fact only what some version of it or the chat's
 * instructions said, with the letter's own language, basmala and signature block.
 */
@Component
class RevisionQuestions {

	static final String TASK = "letters.edit";

	private final LetterHistory history;
	private final WritingKnowledge knowledge;
	private final ChatMessages messages;

	RevisionQuestions(LetterHistory history, WritingKnowledge knowledge, ChatMessages messages) {
		this.history = history;
		this.knowledge = knowledge;
		this.messages = messages;
	}

	/** A revision that follows the rules. */
	record Revised(StructuredLetter letter, String summary, @Nullable String suggestedPreference) {
	}

	Question<RevisionAnswer, Revised> of(Letter letter, LetterVersion version, String instruction, UUID askedBy,
			List<String> earlierInstructions) {
		CategoryDefinition category = knowledge.category(letter.tenantId(), letter.categoryKey())
			.or(() -> SeedCategories.byKey(letter.categoryKey()))
			.orElseThrow(() -> KatibException.notFound("The letter's category"));
		DraftingKnowledge writing = knowledge.forDrafting(letter.tenantId(), letter.writerId(), letter.categoryKey(),
				null);
		StructuredLetter current = version.letter();
		Expectations expected = expectations(letter, current, category, writing, instruction);
		List<DataPart> data = earlierInstructions.isEmpty() ? List.of()
				: List.of(new DataPart("earlier-instructions", String.join("\n", earlierInstructions)));
		return new Question<>(TASK, EditingPrompt.of(current, instruction, category, writing), RevisionAnswer.class,
				data, Attribution.of(letter.tenantId(), askedBy).about("letter", letter.id().toString()),
				answer -> checked(answer, current, expected));
	}

	private static Verdict<Revised> checked(RevisionAnswer answer, StructuredLetter current, Expectations expected) {
		StructuredLetter revised = answer.letter().letter(current.language(), current.basmala(), current.signature());
		Verdict<String> summary = answer.checkedSummary();
		List<Violation> violations = new ArrayList<>(summary.violations());
		violations.addAll(LetterValidator.violations(revised, expected));
		if (summary instanceof Verdict.Accepted<String>(String line) && violations.isEmpty()) {
			return new Verdict.Accepted<>(new Revised(revised, line, answer.preference()));
		}
		return new Verdict.Rejected<>(violations);
	}

	/**
	 * What a revision may state as fact: everything every version of the letter said (each passed the checks
	 * against the writer's inputs), the chat's instructions, this one included.
	 */
	private Expectations expectations(Letter letter, StructuredLetter current, CategoryDefinition category,
			DraftingKnowledge writing, String instruction) {
		List<String> facts = new ArrayList<>();
		history.versions(letter.tenantId(), letter.id()).forEach(version -> facts.addAll(version.letter().texts()));
		messages.of(letter.tenantId(), letter.id())
			.stream()
			.filter(message -> message.role().equals(ChatMessage.USER))
			.forEach(message -> facts.add(message.text()));
		facts.add(instruction);
		List<String> names = new ArrayList<>();
		for (String name : new @Nullable String[] { current.addressee().name(), current.addressee().organisation(),
				current.addressee().jobTitle(), current.signature().name(), current.signature().jobTitle() }) {
			if (name != null && !name.isBlank()) {
				names.add(name);
			}
		}
		return new Expectations(current.language(), current.basmala(), category.closingStyle(), facts, names,
				writing.referenceLettersFor(category.key()));
	}
}
