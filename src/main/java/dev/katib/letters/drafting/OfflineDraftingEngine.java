package dev.katib.letters.drafting;

import java.util.ArrayList;
import java.util.List;

import dev.katib.letters.addressing.Addressing;
import dev.katib.knowledge.CategoryDefinition;
import dev.katib.letters.content.Closing;
import dev.katib.knowledge.ClosingStyle;
import dev.katib.knowledge.Language;
import dev.katib.letters.content.StructuredLetter;
import dev.katib.letters.content.Verdict;
import dev.katib.letters.validation.LetterValidator;

/**
 * Drafts a correct letter with no model, deterministically, from the structured inputs alone: the basmala
 * when the category uses it, the addressee line with the prayer phrase agreeing with the recipient, the
 * greeting, a reference to the letter replied to or followed up, the organisation's introduction on a first
 * letter, the writer's request as the body, and the category's closing. It states nothing the writer did not
 * give, and it cannot translate: a request in another language than the letter's is refused, with the
 * violations saying so.
 */
public final class OfflineDraftingEngine {

	private OfflineDraftingEngine() {
	}

	public static Verdict<Draft> draft(DraftingRequest request) {
		Language language = request.language();
		CategoryDefinition category = request.category();
		var letter = new StructuredLetter(language, category.basmala(language), category.subject(language),
				Addressing.block(request.recipient(), language), Addressing.greeting(request.recipient(), language),
				paragraphs(request), closing(request), request.signatory());
		return switch (LetterValidator.check(letter, request.expectations(List.of()))) {
			case Verdict.Accepted<StructuredLetter>(StructuredLetter drafted) ->
				new Verdict.Accepted<>(new Draft(drafted, true));
			case Verdict.Rejected<StructuredLetter>(var violations) -> new Verdict.Rejected<>(violations);
		};
	}

	private static List<String> paragraphs(DraftingRequest request) {
		List<String> paragraphs = new ArrayList<>();
		if (request.replyTo() != null) {
			paragraphs.add(ReferenceSentences.replyingTo(request.replyTo(), request.language()));
		}
		if (request.followsUp() != null) {
			paragraphs.add(ReferenceSentences.followingUp(request.followsUp(), request.language()));
		}
		if (request.introduces()) {
			paragraphs.addAll(Body.paragraphs(request.introduction()));
		}
		paragraphs.addAll(Body.paragraphs(request.request()));
		return paragraphs;
	}

	private static Closing closing(DraftingRequest request) {
		CategoryDefinition category = request.category();
		if (category.closingStyle() == ClosingStyle.WISH) {
			return new Closing(ClosingStyle.WISH, request.language() == Language.ARABIC ? category.arabicClosing()
					: category.englishClosing());
		}
		if (request.language() == Language.ENGLISH) {
			return new Closing(ClosingStyle.FORMAL, Addressing.englishValediction(request.recipient()));
		}
		String formula = category.arabicClosing().strip();
		return new Closing(ClosingStyle.FORMAL, formula.endsWith(Closing.ARABIC_CLOSING_MARK) ? formula
				: formula + " " + Closing.ARABIC_CLOSING_MARK);
	}
}
