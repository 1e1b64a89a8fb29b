package dev.katib.letters.validation;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.katib.knowledge.Language;
import dev.katib.letters.content.Violation;
import dev.katib.letters.content.Violation.Rule;

/**
 * Each part is in the letter's language, judged by the share of Arabic and Latin letters. Proper names may be
 * in any script, and an Arabic letter may carry the Latin words the writer used (product names, codes).
 */
final class Script {

	/** At least this share of the letters of an Arabic part are Arabic. */
	private static final double ARABIC_SHARE = 0.6;

	/** At least this share of the letters of an English part are Latin. */
	private static final double LATIN_SHARE = 0.8;

	/** Parts with fewer letters than this say too little to judge. */
	private static final int FEWEST_LETTERS = 3;

	private static final Pattern LATIN_WORD = Pattern.compile("\\p{IsLatin}[\\p{IsLatin}'’-]*");

	private Script() {
	}

	static void check(List<Part> parts, Expectations expected, List<Violation> violations) {
		Set<String> latinTermsOfTheWriter = latinWordsInArabicTexts(expected.facts());
		Optional<Pattern> names = namesPattern(expected.names());
		for (Part part : parts) {
			if (part.kind() == Part.Kind.NAME) {
				continue;
			}
			String text = withoutNames(part.text(), names);
			if (expected.language() == Language.ARABIC) {
				text = without(latinTermsOfTheWriter, text);
			}
			long arabic = text.codePoints().filter(c -> is(c, Character.UnicodeScript.ARABIC)).count();
			long latin = text.codePoints().filter(c -> is(c, Character.UnicodeScript.LATIN)).count();
			long letters = arabic + latin;
			if (letters < FEWEST_LETTERS) {
				continue;
			}
			boolean inLanguage = expected.language() == Language.ARABIC ? arabic >= ARABIC_SHARE * letters
					: latin >= LATIN_SHARE * letters;
			if (!inLanguage) {
				violations.add(new Violation(Rule.WRONG_LANGUAGE, part.name(),
						"is not in " + (expected.language() == Language.ARABIC
								? "Arabic; write it in Arabic (Latin letters only for names and terms the writer used)"
								: "English; write it in English")));
			}
		}
	}

	private static boolean is(int codePoint, Character.UnicodeScript script) {
		return Character.isLetter(codePoint) && Character.UnicodeScript.of(codePoint) == script;
	}

	private static String withoutNames(String text, Optional<Pattern> names) {
		return names.map(pattern -> pattern.matcher(text).replaceAll(" ")).orElse(text);
	}

	/** Names whole, and their words on their own: a greeting has the surname only ("Dear Mr العتيبي,"). */
	private static Optional<Pattern> namesPattern(List<String> names) {
		String alternatives = names.stream()
			.flatMap(name -> Stream.concat(Stream.of(name.strip()), Stream.of(name.strip().split("\\s+"))))
			.filter(name -> name.length() > 1)
			.distinct()
			.sorted(Comparator.comparingInt(String::length).reversed())
			.map(name -> Pattern.quote(name.strip()))
			.collect(Collectors.joining("|"));
		return alternatives.isEmpty() ? Optional.empty()
				: Optional.of(Pattern.compile(alternatives, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
	}

	/**
	 * Latin words the writer used inside Arabic text: names and terms an Arabic letter may carry. A text is
	 * Arabic when its first letter is Arabic, as the bidirectional algorithm decides a paragraph's direction.
	 */
	private static Set<String> latinWordsInArabicTexts(List<String> facts) {
		Set<String> words = new HashSet<>();
		for (String fact : facts) {
			boolean arabic = fact.codePoints()
				.filter(Character::isLetter)
				.findFirst()
				.stream()
				.anyMatch(c -> is(c, Character.UnicodeScript.ARABIC));
			if (arabic) {
				LATIN_WORD.matcher(fact).results().forEach(word -> words.add(word.group().toLowerCase(Locale.ROOT)));
			}
		}
		return words;
	}

	private static String without(Set<String> latinWords, String text) {
		return LATIN_WORD.matcher(text)
			.replaceAll(word -> latinWords.contains(word.group().toLowerCase(Locale.ROOT)) ? " " : word.group());
	}
}
