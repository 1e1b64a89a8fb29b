package dev.katib.letters.validation;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text reduced to what matters when comparing wording: Western digits, no Arabic diacritics or tatweel, one
 * form of alef, yaa and taa marbuta, lower case, words separated by single spaces.
 */
final class Normalised {

	private static final Pattern DIACRITICS = Pattern.compile("[\\u064B-\\u065F\\u0670\\u0640]");

	private static final Pattern ALEF = Pattern.compile("[أإآٱ]");

	private static final Pattern NOT_A_WORD_CHARACTER = Pattern.compile("[^\\p{L}\\p{Nd}]+");

	private Normalised() {
	}

	/** Arabic-Indic (٠١٢) and extended Arabic-Indic (۰۱۲) digits as Western digits. */
	static String westernDigits(String text) {
		StringBuilder out = new StringBuilder(text.length());
		text.codePoints().forEach(c -> {
			if (c >= '\u0660' && c <= '\u0669') {
				out.append((char) ('0' + c - 0x0660));
			}
			else if (c >= '\u06F0' && c <= '\u06F9') {
				out.append((char) ('0' + c - 0x06F0));
			}
			else {
				out.appendCodePoint(c);
			}
		});
		return out.toString();
	}

	static String text(String text) {
		String plain = DIACRITICS.matcher(westernDigits(text)).replaceAll("");
		plain = ALEF.matcher(plain).replaceAll("ا").replace('ى', 'ي').replace('ة', 'ه');
		return NOT_A_WORD_CHARACTER.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
	}

	static List<String> words(String text) {
		String normalised = text(text);
		return normalised.isEmpty() ? List.of() : Arrays.asList(normalised.split(" "));
	}
}
