package dev.katib.letters.chat;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Tells whether two instructions are of the same kind ("make it shorter" and "shorter please"), by the overlap
 * of their normalised words: case, Arabic diacritics and letter variants, and punctuation do not count.
 */
final class Recurrence {

	/** The share of words two instructions must have in common to count as the same kind. */
	static final double THRESHOLD = 0.6;

	private static final Set<String> FILLER = Set.of("please", "the", "a", "an", "it", "this", "letter", "من",
			"فضلك", "لو", "سمحت", "الخطاب", "الرساله");

	private Recurrence() {
	}

	/** Whether the instruction is of the same kind as any of the earlier ones. */
	static boolean recurs(String instruction, Collection<String> earlier) {
		Set<String> words = words(instruction);
		return !words.isEmpty() && earlier.stream().anyMatch(other -> similarity(words, words(other)) >= THRESHOLD);
	}

	/** Whether two texts are of the same kind. */
	static boolean similar(String one, String other) {
		return similarity(words(one), words(other)) >= THRESHOLD;
	}

	static Set<String> words(String text) {
		String normal = Normalizer.normalize(text, Normalizer.Form.NFKC)
			.toLowerCase(Locale.ROOT)
			.replaceAll("[\\u064B-\\u065F\\u0670\\u0640]", "")
			.replaceAll("[أإآٱ]", "ا")
			.replace('ة', 'ه')
			.replace('ى', 'ي')
			.replaceAll("[^\\p{L}\\p{N}]+", " ")
			.strip();
		return Arrays.stream(normal.split(" "))
			.filter(word -> !word.isEmpty() && !FILLER.contains(word))
			.collect(Collectors.toUnmodifiableSet());
	}

	private static double similarity(Set<String> one, Set<String> other) {
		if (one.isEmpty() || other.isEmpty()) {
			return 0;
		}
		long shared = one.stream().filter(other::contains).count();
		return (double) shared / (one.size() + other.size() - shared);
	}
}
