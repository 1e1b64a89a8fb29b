package dev.katib.letters.composing;

import java.util.List;

import org.jspecify.annotations.Nullable;

import dev.katib.letters.composing.Lexicon.Lead;
import dev.katib.letters.composing.Lexicon.TopicWords;
import dev.katib.letters.composing.Phrases.Topic;
import dev.katib.letters.composing.Words.Token;

/**
 * What the first paragraph of a request does, read against the bank: the clause it cites with, the kind of its
 * first words (which the letter replaces with its own lead-in) or the topic it begins with, and the core that
 * follows them.
 *
 * @param cited the request's own citing clause («إشارة إلى …»), without its comma
 * @param kind the kind of the lead taken off, e.g. {@code plea}
 * @param topic the topic the request begins with, when it has no kind
 * @param core the words after the lead (or all of them), the rest of the first paragraph included
 * @param clause whether the core is a clause («أن …»)
 * @param remainder the first paragraph after the citing clause, as written
 */
record Reading(@Nullable String cited, @Nullable String kind, @Nullable Topic topic, String core, boolean clause,
		String remainder) {

	private static final int LONGEST_CITING_CLAUSE = 40;

	static Reading of(String paragraph, Lexicon lexicon, String category) {
		List<Token> tokens = Words.tokens(paragraph);
		String cited = null;
		String remainder = paragraph;
		if (Words.longest(tokens, 0, lexicon.cited) > 0) {
			int end = Punctuation.firstSentenceEnd(paragraph, lexicon.abbreviations);
			for (int i = 1; i < Math.min(tokens.size(), LONGEST_CITING_CLAUSE); i++) {
				Token token = tokens.get(i);
				if (token.end() > end) {
					break;
				}
				if (token.text().endsWith("،") || token.text().endsWith(",")) {
					cited = paragraph.substring(0, token.end() - 1).strip();
					remainder = paragraph.substring(token.end()).strip();
					break;
				}
			}
		}
		Reading read = kind(remainder, lexicon);
		if (read == null) {
			read = topic(remainder, lexicon, category);
		}
		if (read == null) {
			return new Reading(cited, null, null, remainder, false, remainder);
		}
		return new Reading(cited, read.kind, read.topic, statement(read.core, lexicon), read.clause, remainder);
	}

	private static @Nullable Reading kind(String text, Lexicon lexicon) {
		List<Token> tokens = Words.tokens(text);
		for (Lead lead : lexicon.leads) {
			int taken = Words.match(tokens, 0, lead.words());
			if (taken == 0) {
				continue;
			}
			String last = tokens.get(taken - 1).folded();
			List<List<String>> then = lexicon.then.getOrDefault(lead.kind(), List.of());
			for (int more = Words.longest(tokens, taken, then); more > 0; more = Words.longest(tokens, taken, then)) {
				taken += more;
				last = tokens.get(taken - 1).folded();
			}
			String core = strippedStart(text.substring(tokens.get(taken - 1).end()));
			String preposition = lexicon.phrases.recasting().preposition();
			if (lexicon.courtesy.contains(last) && !preposition.isEmpty() && core.startsWith(preposition)
					&& core.length() > preposition.length() && Character.isLetter(core.charAt(preposition.length()))) {
				core = core.substring(preposition.length());
			}
			if (core.isBlank() || !core.codePoints().anyMatch(Character::isLetterOrDigit)) {
				return null;
			}
			List<Token> coreTokens = Words.tokens(core);
			boolean clause = lexicon.clauseWords.contains(coreTokens.getFirst().folded());
			return new Reading(null, lead.kind(), null, core, clause, text);
		}
		return null;
	}

	private static @Nullable Reading topic(String text, Lexicon lexicon, String category) {
		List<Token> tokens = Words.tokens(text);
		if (tokens.isEmpty()) {
			return null;
		}
		String firstSentence = text.substring(0, Punctuation.firstSentenceEnd(text, lexicon.abbreviations));
		boolean statement = Words.tokens(firstSentence)
			.stream()
			.anyMatch(token -> lexicon.statementWords.contains(token.folded()));
		if (statement) {
			return null;
		}
		for (TopicWords topic : lexicon.topics(category)) {
			int matched = Words.longest(tokens, 0, topic.words());
			if (matched > 0) {
				return new Reading(null, null, topic.topic(), inBankCase(text, tokens.subList(0, matched), topic), false,
						text);
			}
		}
		return null;
	}

	/** "The opening of …" led in mid-sentence reads "the opening of …", as the bank writes it; "Eid" stays. */
	private static String inBankCase(String text, List<Token> matched, TopicWords topic) {
		List<String> folded = matched.stream().map(Token::folded).toList();
		return topic.topic()
			.words()
			.stream()
			.filter(words -> Words.phrase(words).equals(folded))
			.findFirst()
			.filter(words -> Words.isLatin(words) && Character.isLowerCase(words.charAt(0)))
			.map(words -> Words.decapitalised(text))
			.orElse(text);
	}

	/** A question recast as the start of a statement ends as one: "… the report?" → "… the report.". */
	private static String statement(String core, Lexicon lexicon) {
		int end = Punctuation.firstSentenceEnd(core, lexicon.abbreviations);
		char mark = core.charAt(end - 1);
		if (mark == '?' || mark == '؟') {
			return core.substring(0, end - 1) + "." + core.substring(end);
		}
		return core;
	}

	private static String strippedStart(String text) {
		int i = 0;
		while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || ",،:;؛-–".indexOf(text.charAt(i)) >= 0)) {
			i++;
		}
		return text.substring(i);
	}
}
