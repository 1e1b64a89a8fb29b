package dev.katib.archive.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import dev.katib.archive.SearchResults.Fragment;
import dev.katib.platform.ArabicText;

/**
 * Words as the archive indexes and looks for them: spelled the same whatever their Arabic variant,
 * and also without the article and the prefixes joined to it («والمدرسة» is found by «مدرسة»).
 */
final class SearchTerms {

	private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
	private static final List<String> PREFIXES = List.of("وال", "بال", "كال", "فال", "لل", "ال");
	private static final int SNIPPET_WORDS = 36;

	private SearchTerms() {
	}

	/** Every word of the text, normalised, each followed by its form without prefixes when that differs. */
	static String indexText(String text) {
		StringBuilder index = new StringBuilder(text.length() + 16);
		for (String word : words(ArabicText.normalizeForSearch(text))) {
			index.append(word).append(' ');
			String stem = withoutPrefix(word);
			if (!stem.equals(word)) {
				index.append(stem).append(' ');
			}
		}
		return index.toString().strip();
	}

	/** The words of a query, normalised and without prefixes; duplicates removed. */
	static List<String> queryTerms(String query) {
		Set<String> terms = new LinkedHashSet<>();
		for (String word : words(ArabicText.normalizeForSearch(query))) {
			terms.add(withoutPrefix(word));
		}
		return List.copyOf(terms);
	}

	/** A PostgreSQL {@code tsquery} that requires every term as a word prefix; built only from letters and digits. */
	static String tsQuery(List<String> terms) {
		return String.join(" & ", terms.stream().map(term -> "'" + term + "':*").toList());
	}

	/** The passage of the text around the first match, cut into plain fragments with the matching words marked. */
	static List<Fragment> snippet(String text, List<String> terms) {
		String[] words = text.strip().split("\\s+");
		if (words.length == 0 || words[0].isEmpty()) {
			return List.of();
		}
		int first = 0;
		boolean[] matches = new boolean[words.length];
		boolean found = false;
		for (int i = 0; i < words.length; i++) {
			matches[i] = !terms.isEmpty() && matches(words[i], terms);
			if (matches[i] && !found) {
				first = i;
				found = true;
			}
		}
		int start = Math.max(0, first - SNIPPET_WORDS / 3);
		int end = Math.min(words.length, start + SNIPPET_WORDS);
		List<Fragment> fragments = new ArrayList<>();
		StringBuilder plain = new StringBuilder(start > 0 ? "… " : "");
		for (int i = start; i < end; i++) {
			String separator = i + 1 < end ? " " : "";
			if (matches[i]) {
				if (!plain.isEmpty()) {
					fragments.add(new Fragment(plain.toString(), false));
					plain.setLength(0);
				}
				fragments.add(new Fragment(words[i], true));
				plain.append(separator);
			}
			else {
				plain.append(words[i]).append(separator);
			}
		}
		if (end < words.length) {
			plain.append(" …");
		}
		if (!plain.isEmpty()) {
			fragments.add(new Fragment(plain.toString(), false));
		}
		return fragments;
	}

	private static boolean matches(String word, List<String> terms) {
		for (String normalized : words(ArabicText.normalizeForSearch(word))) {
			String stem = withoutPrefix(normalized);
			for (String term : terms) {
				if (normalized.startsWith(term) || stem.startsWith(term)) {
					return true;
				}
			}
		}
		return false;
	}

	private static List<String> words(String normalized) {
		return SEPARATORS.splitAsStream(normalized).filter(w -> !w.isEmpty()).toList();
	}

	private static String withoutPrefix(String word) {
		for (String prefix : PREFIXES) {
			if (word.startsWith(prefix) && word.length() - prefix.length() >= 2) {
				return word.substring(prefix.length());
			}
		}
		return word;
	}
}
