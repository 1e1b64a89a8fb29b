package dev.katib.letters.composing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import dev.katib.letters.composing.Phrases.CategoryPhrases;
import dev.katib.letters.composing.Phrases.Kind;
import dev.katib.letters.composing.Phrases.References;
import dev.katib.letters.composing.Variation.Use;
import dev.katib.letters.composing.Words.Token;

/**
 * The first paragraph: the letters cited, or the category's opening, completed by the request's first paragraph
 * recast with a lead-in of its kind («… ونأمل التكرم بتزويدنا …»), so that the letter never says «نرجو» twice. A
 * request the bank cannot recast follows, as written, an opening sentence of its own.
 */
final class Opening {

	private Opening() {
	}

	static List<String> of(Brief brief, Reading reading, Lexicon lexicon, CategoryPhrases category) {
		String you = lexicon.you(brief.recipient().honorific().code());
		Variation variation = brief.variation();
		String citing = citing(brief, reading, lexicon);
		List<String> leadIns = List.of();
		boolean opens = false;
		if (reading.kind() != null) {
			Kind kind = lexicon.phrases.recasting().kinds().get(reading.kind());
			List<String> own = category.kinds().get(reading.kind());
			opens = !reading.clause() && own != null && !own.isEmpty();
			leadIns = opens ? own : reading.clause() ? kind.beforeClause() : kind.leadIns();
		}
		else if (reading.topic() != null) {
			leadIns = reading.topic().leadIns();
			opens = reading.topic().opens();
		}
		if (!leadIns.isEmpty()) {
			String head = citing != null ? citing
					: opens ? "" : variation.pick(category.openings(), Use.OPENING).replace("{you}", you);
			// «نتقدم إلى سعادتكم بخالص التهنئة، ونتقدم إليكم بالشكر» says «نتقدم» twice: take another lead-in
			Set<String> said = Words.weighty(head);
			String leadIn = variation.pick(leadIns, Use.LEAD_IN, candidate -> Words.weighty(candidate).stream()
				.noneMatch(said::contains)).replace("{you}", you);
			if (joins(leadIn, reading.core(), lexicon)) {
				return List.of(Words.capitalised(head + cased(leadIn, head) + reading.core()));
			}
		}
		List<String> paragraphs = new ArrayList<>(2);
		paragraphs.add(Words.capitalised(citing != null
				? citing + variation.pick(lexicon.phrases.references().then(), Use.STANDALONE).replace("{you}", you)
				: variation.pick(category.standalone(), Use.STANDALONE).replace("{you}", you)));
		if (reading.remainder().codePoints().anyMatch(Character::isLetterOrDigit)) {
			paragraphs.add(Words.capitalised(reading.remainder()));
		}
		return paragraphs;
	}

	/**
	 * The clauses citing the letters replied to and followed up, and the request's own citing clause; a letter the
	 * request already names by its number is left to the request.
	 */
	private static @Nullable String citing(Brief brief, Reading reading, Lexicon lexicon) {
		References references = lexicon.phrases.references();
		List<String> clauses = new ArrayList<>(3);
		if (brief.replyTo() != null && !brief.request().contains(brief.replyTo().number())) {
			clauses.add(cite(references.reply(), brief.replyTo()));
		}
		if (brief.followsUp() != null && !brief.request().contains(brief.followsUp().number())) {
			clauses.add(cite(references.followUp(), brief.followsUp()));
		}
		if (reading.cited() != null) {
			clauses.add(reading.cited());
		}
		if (clauses.isEmpty()) {
			return null;
		}
		StringBuilder citing = new StringBuilder(clauses.getFirst());
		for (String clause : clauses.subList(1, clauses.size())) {
			citing.append(references.joiner()).append(Words.isLatin(clause) ? Words.decapitalised(clause) : clause);
		}
		return citing.append(references.end()).toString();
	}


	private static String cite(String clause, Citation letter) {
		return clause.replace("{number}", letter.number()).replace("{date}", letter.date());
	}

	/**
	 * Whether the lead-in can take the core: one ending with a space takes any; one ending with a preposition («ب»)
	 * joins the core's first word, which must be a word of the same script that takes it.
	 */
	private static boolean joins(String leadIn, String core, Lexicon lexicon) {
		if (leadIn.isEmpty() || Character.isWhitespace(leadIn.charAt(leadIn.length() - 1))) {
			return true;
		}
		List<Token> tokens = Words.tokens(core);
		if (tokens.isEmpty() || lexicon.unattachable.contains(tokens.getFirst().folded())) {
			return false;
		}
		int first = core.codePointAt(0);
		int last = leadIn.codePointBefore(leadIn.length());
		return Character.isLetter(first)
				&& Character.UnicodeScript.of(first) == Character.UnicodeScript.of(last);
	}

	/** A Latin lead-in starts a sentence with a capital, and continues a clause («With reference to …, we …»). */
	private static String cased(String leadIn, String head) {
		if (!Words.isLatin(leadIn)) {
			return leadIn;
		}
		String before = head.stripTrailing();
		return before.isEmpty() || ".!?:".indexOf(before.charAt(before.length() - 1)) >= 0 ? Words.capitalised(leadIn)
				: Words.decapitalised(leadIn);
	}
}
