package dev.katib.letters.composing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * Recasts the writer's first person singular into the organisation's plural («أرجو» → «نرجو», "I am" → "we
 * are"), whole words only, from the bank's list, in one pass over the text. Nothing else of the writer's words
 * changes.
 */
final class Voice {

	/** After these words a Latin "I" is a numeral ("Phase I of the project"), not the writer. */
	private static final Set<String> AFTER_A_NUMERAL = Set.of("of", "and", "or", "in", "to", "for", "is", "was");

	private static final Pattern NEXT_WORD = Pattern.compile("\\s+(\\p{Ll}[\\p{L}']*)");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	/** The plural of each singular, by the singular as {@link #key(String)} writes it. */
	private final Map<String, String> plurals = new HashMap<>();

	private final @Nullable Pattern singulars;

	Voice(Map<String, String> person) {
		person.forEach((singular, plural) -> plurals.put(key(singular), plural));
		List<String> words = person.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
		String arabic = alternatives(words.stream().filter(word -> !Words.isLatin(word)).toList());
		String latin = alternatives(words.stream().filter(Words::isLatin).toList());
		// an Arabic word may carry «و» or «ف» before it: «وأرجو» → «ونرجو»
		List<String> scripts = new ArrayList<>(2);
		if (!arabic.isEmpty()) {
			scripts.add("(?<![\\p{L}\\p{M}])([وف]?)(" + arabic + ")(?![\\p{L}\\p{M}\\p{N}])");
		}
		if (!latin.isEmpty()) {
			scripts.add("(?<![\\p{L}\\p{N}'’])()(" + latin + ")(?![\\p{L}\\p{N}])");
		}
		String either = String.join("|", scripts);
		this.singulars = either.isEmpty() ? null
				: Pattern.compile(either, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	}

	String recast(String text) {
		if (singulars == null) {
			return text;
		}
		Matcher matcher = singulars.matcher(text);
		StringBuilder out = new StringBuilder(text.length() + 16);
		while (matcher.find()) {
			int group = matcher.group(2) != null ? 1 : 3;
			String singular = matcher.group(group + 1);
			String plural = plurals.get(key(singular));
			if (plural == null || (singular.equalsIgnoreCase("i") && !isThePronoun(text, matcher.end()))) {
				continue;
			}
			String replacement = matcher.group(group) + plural;
			if (startsASentence(text, matcher.start())) {
				replacement = Words.capitalised(replacement);
			}
			matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
		}
		matcher.appendTail(out);
		return out.toString();
	}

	private static String alternatives(List<String> words) {
		return words.stream()
			.map(word -> Pattern.quote(word.strip()).replace("'", "\\E['’]\\Q").replace(" ", "\\E\\s+\\Q"))
			.collect(Collectors.joining("|"));
	}

	private static String key(String singular) {
		return SPACES.matcher(singular.strip().toLowerCase(Locale.ROOT).replace('’', '\'')).replaceAll(" ");
	}

	private static boolean isThePronoun(String text, int end) {
		Matcher next = NEXT_WORD.matcher(text).region(end, text.length());
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
