package dev.katib.letters.composing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import dev.katib.letters.composing.Phrases.CategoryPhrases;
import dev.katib.letters.composing.Variation.Use;
import dev.katib.platform.Inputs;

/**
 * Composes the wording of a formal letter from the writer's request with no model: an opening of the category
 * that the request, recast into the organisation's voice, completes; the rest of the request; the organisation's
 * introduction on a first letter; the category's closing sentence; a subject drawn from the request; and the
 * signer's block in the letter's language. Every fact is the writer's: the bank's phrases hold none. The same
 * brief always gives the same letter.
 */
public final class LetterComposer {

	private LetterComposer() {
	}

	public static Composition compose(Brief brief, PhraseBank bank) {
		Lexicon lexicon = bank.lexicon(brief.language());
		CategoryPhrases category = lexicon.phrases.category(brief.category());
		List<String> request = paragraphs(brief.request(), lexicon);
		if (request.isEmpty()) {
			throw Inputs.invalid("request", "The request says nothing a letter can be written from.");
		}
		Reading reading = Reading.of(request.getFirst(), lexicon, brief.category());
		List<String> body = new ArrayList<>(Opening.of(brief, reading, lexicon, category));
		request.subList(1, request.size()).forEach(paragraph -> body.add(Words.capitalised(paragraph)));
		body.addAll(introduction(brief, lexicon));
		String you = lexicon.you(brief.recipient().honorific().code());
		// "We would be grateful if you could …" is not closed with "We are grateful for …"
		Set<String> said = Words.weighty(String.join(" ", body));
		body.add(brief.variation()
			.pick(category.closings(), Use.CLOSING, closing -> Words.weighty(closing).stream().noneMatch(said::contains))
			.replace("{you}", you));
		List<String> paragraphs = Fitting.fit(body.stream().map(Punctuation::sentence).toList());
		return new Composition(SubjectLine.of(reading, lexicon, request.getFirst()), paragraphs,
				brief.signer().in(brief.language()));
	}

	/** The writer's lines as paragraphs in the organisation's voice, tidied. */
	private static List<String> paragraphs(@Nullable String text, Lexicon lexicon) {
		List<String> paragraphs = new ArrayList<>();
		if (text == null) {
			return paragraphs;
		}
		for (String line : Inputs.clean(text).split("\\n")) {
			String paragraph = Punctuation.tidy(lexicon.voice.recast(line));
			if (paragraph.codePoints().anyMatch(Character::isLetterOrDigit)) {
				paragraphs.add(paragraph);
			}
		}
		return paragraphs;
	}

	/** The organisation's introduction, on a first letter, led in as the organisation presenting itself. */
	private static List<String> introduction(Brief brief, Lexicon lexicon) {
		List<String> introduction = paragraphs(brief.introduction(), lexicon);
		if (introduction.isEmpty()) {
			return introduction;
		}
		String you = lexicon.you(brief.recipient().honorific().code());
		String leadIn = brief.variation().pick(lexicon.phrases.introductions(), Use.INTRODUCTION).replace("{you}", you);
		introduction.set(0, leadIn + introduction.getFirst());
		return introduction;
	}
}
