package dev.katib.letters.composing;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recasts the writer's first person singular into the organisation's plural («أرجو» → «نرجو», "I am" → "we
 * are"), whole words only, from the bank's list. Nothing else of the writer's words changes.
 */
final class Voice {

	/** After these words a Latin "I" is a numeral ("Phase I of the project"), not the writer. */
	private static final Set<String> AFTER_A_NUMERAL = Set.of("of", "and", "or", "in", "to", "for", "is", "was");

	private static final Pattern NEXT_WORD = Pattern.compile("\\s+(\\p{Ll}[\\p{L}']*)");

	private final List<Replacement> replacements;

	Voice(Map<String, String> person) {
		this.replacements = person.entrySet()
			.stream()
			.sorted(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed())
			.map(e -> new Replacement(pattern(e.getKey()), e.getValue(), e.getKey().strip().equalsIgnoreCase("i")))
			.toList();
	}

	String recast(String text) {
		String recast = text;
		for (Replacement replacement : replacements) {
			recast = replacement.apply(recast);
		}
		return recast;
	}

	private static Pattern pattern(String word) {
		String quoted = Pattern.quote(word.strip()).replace("'", "\\E['’]\\Q").replace(" ", "\\E\\s+\\Q");
		boolean arabic = !Words.isLatin(word);
		// an Arabic word may carry «و» or «ف» before it: «وأرجو» → «ونرجو»
		String before = arabic ? "(?<![\\p{L}\\p{M}])([وف]?)" : "(?<![\\p{L}\\p{N}'’])()";
		return Pattern.compile(before + quoted + "(?![\\p{L}\\p{M}\\p{N}])",
				Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	}

	private record Replacement(Pattern pattern, String plural, boolean pronounI) {

		String apply(String text) {
			Matcher matcher = pattern.matcher(text);
			StringBuilder out = new StringBuilder(text.length() + 16);
			while (matcher.find()) {
				if (pronounI && !isThePronoun(text, matcher)) {
					continue;
				}
				String replacement = matcher.group(1) + plural;
				if (startsASentence(text, matcher.start())) {
					replacement = Words.capitalised(replacement);
				}
				matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
			}
			matcher.appendTail(out);
			return out.toString();
		}

		private static boolean isThePronoun(String text, Matcher matcher) {
			Matcher next = NEXT_WORD.matcher(text).region(matcher.end(), text.length());
			return next.lookingAt() && !AFTER_A_NUMERAL.contains(next.group(1).toLowerCase(Locale.ROOT));
		}

		private static boolean startsASentence(String text, int at) {
			int i = at - 1;
			while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
				i--;
			}
			return i < 0 || ".!?".indexOf(text.charAt(i)) >= 0;
		}
	}
}
