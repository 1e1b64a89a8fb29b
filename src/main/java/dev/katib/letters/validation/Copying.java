package dev.katib.letters.validation;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import dev.katib.letters.content.Violation;
import dev.katib.letters.content.Violation.Rule;
import dev.katib.platform.ArabicText;

/**
 * No sentence is taken from a reference letter: reference letters give shape and tone only. A sentence counts
 * as copied when at least half of its five-word sequences occur in a reference letter (after normalising
 * spelling variants and digits) and not in what the writer gave.
 */
final class Copying {

	static final int SHINGLE = 5;

	static final double COPIED_SHARE = 0.5;

	private static final Pattern SENTENCE_END = Pattern.compile("[.!?؟;؛\\n]+");

	private static final int QUOTED_LENGTH = 60;

	private Copying() {
	}

	static void check(List<Part> parts, Expectations expected, List<Violation> violations) {
		if (expected.referenceLetters().isEmpty()) {
			return;
		}
		Set<String> referenceShingles = new HashSet<>();
		expected.referenceLetters().forEach(letter -> referenceShingles.addAll(shingles(letter)));
		Set<String> writersShingles = new HashSet<>();
		expected.facts().forEach(fact -> writersShingles.addAll(shingles(fact)));
		for (Part part : parts) {
			if (part.kind() != Part.Kind.PROSE) {
				continue;
			}
			for (String sentence : SENTENCE_END.split(part.text())) {
				List<String> own = shingles(sentence);
				if (own.isEmpty()) {
					continue;
				}
				long copied = own.stream()
					.filter(referenceShingles::contains)
					.filter(shingle -> !writersShingles.contains(shingle))
					.count();
				if (copied >= COPIED_SHARE * own.size()) {
					violations.add(new Violation(Rule.COPIED_REFERENCE, part.name(),
							"repeats a sentence of a reference letter («" + quoted(sentence)
									+ "»); reference letters show the shape only, write your own sentence"));
				}
			}
		}
	}

	private static List<String> shingles(String text) {
		List<String> words = ArabicText.words(text);
		if (words.size() < SHINGLE) {
			return List.of();
		}
		return IntStream.rangeClosed(0, words.size() - SHINGLE)
			.mapToObj(i -> String.join(" ", words.subList(i, i + SHINGLE)))
			.toList();
	}

	private static String quoted(String sentence) {
		String text = sentence.strip();
		return text.length() <= QUOTED_LENGTH ? text : text.substring(0, QUOTED_LENGTH) + "…";
	}
}
