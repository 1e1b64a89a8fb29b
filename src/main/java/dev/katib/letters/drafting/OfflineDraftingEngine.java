package dev.katib.letters.drafting;

import java.util.List;

import org.jspecify.annotations.Nullable;

import dev.katib.letters.addressing.Addressing;
import dev.katib.knowledge.CategoryDefinition;
import dev.katib.letters.composing.Brief;
import dev.katib.letters.composing.Citation;
import dev.katib.letters.composing.Composition;
import dev.katib.letters.composing.LetterComposer;
import dev.katib.letters.composing.PhraseBank;
import dev.katib.letters.composing.Signer;
import dev.katib.letters.composing.Variation;
import dev.katib.letters.content.Closing;
import dev.katib.knowledge.ClosingStyle;
import dev.katib.knowledge.Language;
import dev.katib.letters.content.StructuredLetter;
import dev.katib.letters.content.Verdict;
import dev.katib.letters.validation.LetterValidator;

/**
 * Drafts a correct letter with no model, deterministically, from the structured inputs alone: the basmala
 * when the category uses it, the addressee line with the prayer phrase agreeing with the recipient, the
 * greeting, the wording the {@link LetterComposer} composes from the phrase bank (an opening citing the letter
 * replied to or followed up, the request recast into the organisation's voice, the organisation's introduction
 * on a first letter, the category's closing sentence, a subject drawn from the request), and the category's
 * closing. It states nothing the writer did not give, and it cannot translate: a request in another language
 * than the letter's is refused, with the violations saying so. Its letters pass the same validation as a model's.
 */
public final class OfflineDraftingEngine {

	private OfflineDraftingEngine() {
	}

	public static Verdict<Draft> draft(DraftingRequest request) {
		return draft(request, PhraseBank.defaults(), Variation.of(request.request(), request.recipient()));
	}

	/**
	 * Drafts from an organisation's own phrase bank, taking the variants the variation chooses (in a batch, the
	 * row's: consecutive letters then open differently).
	 */
	public static Verdict<Draft> draft(DraftingRequest request, PhraseBank bank, Variation variation) {
		Language language = request.language();
		CategoryDefinition category = request.category();
		Composition composed = LetterComposer.compose(new Brief(category.key(), language, request.recipient(),
				request.request(), request.introduces() ? request.introduction() : null, cited(request.replyTo()),
				cited(request.followsUp()), Signer.asWritten(request.signatory().jobTitle(), request.signatory().name()),
				variation), bank);
		var letter = new StructuredLetter(language, category.basmala(language), composed.subject(),
				Addressing.block(request.recipient(), language), Addressing.greeting(request.recipient(), language),
				composed.paragraphs(), closing(request), composed.signature());
		return switch (LetterValidator.check(letter, request.expectations(List.of()))) {
			case Verdict.Accepted<StructuredLetter>(StructuredLetter drafted) ->
				new Verdict.Accepted<>(new Draft(drafted, true));
			case Verdict.Rejected<StructuredLetter>(var violations) -> new Verdict.Rejected<>(violations);
		};
	}

	private static @Nullable Citation cited(@Nullable LetterReference reference) {
		return reference == null ? null : new Citation(reference.number(), reference.date());
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
