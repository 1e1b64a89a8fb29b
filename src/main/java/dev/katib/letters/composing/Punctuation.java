package dev.katib.letters.composing;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Punctuation and spacing as a letter prints them: no space before a mark and one after it, Arabic marks in
 * Arabic text («،» «؛» «؟»), no doubled marks, and a paragraph that ends a sentence. Digits, numbers such as
 * {@code 1,500} or {@code 10:30}, e-mail addresses and letter numbers are left as written.
 */
final class Punctuation {

	private static final Pattern SPACES = Pattern.compile("[\\h\\u200F\\u200E]+");

	private static final Pattern SPACE_BEFORE_MARK = Pattern.compile("\\h+(?=[،؛,;!?؟)\\]»]|[.:](?:\\s|$))");

	private static final Pattern SPACE_AFTER_OPENING = Pattern.compile("(?<=[(\\[«])\\h+");

	private static final Pattern ARABIC_COMMA = Pattern.compile("(?<=[\\p{IsArabic}\\p{M}]),(?!\\p{Nd})");

	private static final Pattern ARABIC_QUESTION = Pattern.compile("(?<=[\\p{IsArabic}\\p{M}])\\?");

	private static final Pattern ARABIC_SEMICOLON = Pattern.compile("(?<=[\\p{IsArabic}\\p{M}]);");

	private static final Pattern DOUBLED_COMMA = Pattern.compile("([،,])[،,]+");

	private static final Pattern DOUBLED_QUESTION = Pattern.compile("([؟?])[؟?]+");

	private static final Pattern DOUBLED_EXCLAMATION = Pattern.compile("!{2,}");

	private static final Pattern DOUBLED_STOP = Pattern.compile("(?<!\\.)\\.\\.(?!\\.)");

	private static final Pattern NO_SPACE_AFTER_ARABIC_MARK = Pattern.compile("([،؛؟])(?=[\\p{L}\\p{N}])");

	private static final Pattern NO_SPACE_AFTER_COMMA = Pattern.compile("(?<=\\p{L})([,;])(?=\\p{L})");

	private static final Pattern NO_SPACE_AFTER_COLON = Pattern.compile("(?<=\\p{L}):(?=\\p{IsArabic})");

	private static final Pattern ENDS_A_SENTENCE = Pattern.compile(".*[.!?؟…:][»\"')\\]]*$", Pattern.DOTALL);

	private static final Pattern TRAILING_PAUSE = Pattern.compile("[\\s,،;؛\\-–]+$");

	private Punctuation() {
	}

	/** One line of text tidied. */
	static String tidy(String text) {
		String tidy = SPACES.matcher(text.strip()).replaceAll(" ");
		tidy = SPACE_BEFORE_MARK.matcher(tidy).replaceAll("");
		tidy = SPACE_AFTER_OPENING.matcher(tidy).replaceAll("");
		tidy = ARABIC_COMMA.matcher(tidy).replaceAll("،");
		tidy = ARABIC_QUESTION.matcher(tidy).replaceAll("؟");
		tidy = ARABIC_SEMICOLON.matcher(tidy).replaceAll("؛");
		tidy = DOUBLED_COMMA.matcher(tidy).replaceAll("$1");
		tidy = DOUBLED_QUESTION.matcher(tidy).replaceAll("$1");
		tidy = DOUBLED_EXCLAMATION.matcher(tidy).replaceAll("!");
		tidy = DOUBLED_STOP.matcher(tidy).replaceAll(".");
		tidy = NO_SPACE_AFTER_ARABIC_MARK.matcher(tidy).replaceAll("$1 ");
		tidy = NO_SPACE_AFTER_COMMA.matcher(tidy).replaceAll("$1 ");
		tidy = NO_SPACE_AFTER_COLON.matcher(tidy).replaceAll(": ");
		return tidy;
	}

	/** The paragraph ending with a full stop unless it already ends a sentence; a trailing comma becomes one. */
	static String sentence(String paragraph) {
		String text = TRAILING_PAUSE.matcher(paragraph.strip()).replaceAll("");
		if (text.isEmpty() || ENDS_A_SENTENCE.matcher(text).matches()) {
			return text;
		}
		return text + ".";
	}

	/** The first sentence of a text ends here: after its mark, or at the end of the text. */
	static int firstSentenceEnd(String text, Set<String> abbreviations) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (".!?؟".indexOf(c) < 0 || (i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1)))) {
				continue;
			}
			int wordStart = text.lastIndexOf(' ', i) + 1;
			if (c == '.' && abbreviations.contains(text.substring(wordStart, i + 1).toLowerCase(Locale.ROOT))) {
				continue;
			}
			return i + 1;
		}
		return text.length();
	}
}
