package dev.katib.letters.composing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import dev.katib.platform.ArabicText;

/**
 * A text as words, and words compared as a reader compares them: without diacritics or tanween, with one form of
 * alef, yaa and taa marbuta, in lower case, without the punctuation around them.
 */
final class Words {

	private static final int WEIGHTY = 5;

	private Words() {
	}

	/**
	 * One word of a text.
	 *
	 * @param text as written, with its punctuation
	 * @param start where it starts in the text
	 * @param end where it ends
	 * @param folded how it compares
	 */
	record Token(String text, int start, int end, String folded) {

		/** Whether punctuation ends it: a clause or a sentence ends with it. */
		boolean endsAPause() {
			char last = text.charAt(text.length() - 1);
			return ",،;؛:.!?؟".indexOf(last) >= 0;
		}

		boolean hasDigit() {
			return text.codePoints().anyMatch(Character::isDigit);
		}
	}

	static List<Token> tokens(String text) {
		List<Token> tokens = new ArrayList<>();
		int i = 0;
		int length = text.length();
		while (i < length) {
			while (i < length && Character.isWhitespace(text.charAt(i))) {
				i++;
			}
			int start = i;
			while (i < length && !Character.isWhitespace(text.charAt(i))) {
				i++;
			}
			if (i > start) {
				String word = text.substring(start, i);
				tokens.add(new Token(word, start, i, fold(word)));
			}
		}
		return tokens;
	}

	/** A word as it compares: «إشارةً،» and «اشارة» are the same word. */
	static String fold(String word) {
		String out = ArabicText.normalizeForSearch(word.replace('’', '\''));
		int from = 0;
		int to = out.length();
		while (from < to && !Character.isLetterOrDigit(out.charAt(from))) {
			from++;
		}
		while (to > from && !Character.isLetterOrDigit(out.charAt(to - 1))) {
			to--;
		}
		return out.substring(from, to);
	}

	/** A phrase of the bank as folded words. */
	static List<String> phrase(String phrase) {
		return Arrays.stream(phrase.strip().split("\\s+")).map(Words::fold).filter(w -> !w.isEmpty()).toList();
	}

	static List<List<String>> phrases(Collection<String> phrases) {
		return phrases.stream()
			.map(Words::phrase)
			.filter(words -> !words.isEmpty())
			.sorted((a, b) -> b.size() - a.size())
			.toList();
	}

	static Set<String> set(Collection<String> words) {
		return words.stream().map(Words::fold).collect(Collectors.toUnmodifiableSet());
	}

	/** How many tokens from {@code from} the phrase matches, or 0. */
	static int match(List<Token> tokens, int from, List<String> phrase) {
		if (from + phrase.size() > tokens.size()) {
			return 0;
		}
		for (int i = 0; i < phrase.size(); i++) {
			if (!tokens.get(from + i).folded().equals(phrase.get(i))) {
				return 0;
			}
			// a phrase does not run on past the end of a clause («نرجو، …» still matches «نرجو»)
			if (i < phrase.size() - 1 && tokens.get(from + i).endsAPause()) {
				return 0;
			}
		}
		return phrase.size();
	}

	/** The longest of the phrases (sorted longest first) matching at {@code from}: tokens matched, or 0. */
	static int longest(List<Token> tokens, int from, List<List<String>> phrases) {
		for (List<String> phrase : phrases) {
			int matched = match(tokens, from, phrase);
			if (matched > 0) {
				return matched;
			}
		}
		return 0;
	}

	/** The words of a phrase a reader notices said twice («نتقدم», «بخالص», "thank", "grateful"), not «أن» or "we". */
	static Set<String> weighty(String phrase) {
		Set<String> words = new HashSet<>();
		for (Token token : tokens(phrase)) {
			if (token.folded().length() >= WEIGHTY) {
				words.add(token.folded());
			}
		}
		return words;
	}

	static boolean isLatin(String text) {
		return text.codePoints()
			.filter(Character::isLetter)
			.findFirst()
			.stream()
			.anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
	}

	static String capitalised(String text) {
		return text.isEmpty() || !Character.isLowerCase(text.charAt(0)) ? text
				: text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
	}

	static String decapitalised(String text) {
		if (text.length() < 2 || !Character.isUpperCase(text.charAt(0)) || Character.isUpperCase(text.charAt(1))) {
			return text;
		}
		return text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
	}
}
