package dev.katib.platform;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Arabic text as a reader compares it: the spellings a reader treats as the same word are made the same,
 * so that «مدرسه» finds «مدرسة» and «احمد» finds «أحمد». Katib's only normaliser: search, recipient keys,
 * validation and the offline composer all compare through it, and the SQL function {@code letters_searchable}
 * does what {@link #searchable} does (a test holds them to it).
 */
public final class ArabicText {

	// harakat, tanwin, shadda, sukun, superscript alef, Quranic marks, tatweel
	private static final Pattern MARKS = Pattern.compile("[\\u0610-\\u061A\\u064B-\\u065F\\u0670\\u06D6-\\u06ED\\u0640]");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private static final Pattern NOT_A_WORD_CHARACTER = Pattern.compile("[^\\p{L}\\p{Nd}]+");

	private ArabicText() {
	}

	/**
	 * Folds presentation forms and compatibility characters (NFKC), removes diacritics and tatweel,
	 * writes every alef with hamza or madda as a bare alef, alef maqsura as yaa, taa marbuta as haa,
	 * Arabic-Indic digits as Western ones, and lower-cases Latin letters.
	 */
	public static String normalizeForSearch(String text) {
		String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)).replaceAll("");
		StringBuilder out = new StringBuilder(folded.length());
		folded.codePoints().forEach(c -> out.appendCodePoint(fold(c)));
		return out.toString().toLowerCase(Locale.ROOT);
	}

	/** {@link #normalizeForSearch} with runs of white space as one space and none at the ends. */
	public static String searchable(String text) {
		return SPACES.matcher(normalizeForSearch(text)).replaceAll(" ").strip();
	}

	/** The normalised words of a text, punctuation dropped: «إشارةً، إلى» gives «اشاره» and «الي». */
	public static List<String> words(String text) {
		String plain = NOT_A_WORD_CHARACTER.matcher(normalizeForSearch(text)).replaceAll(" ").strip();
		return plain.isEmpty() ? List.of() : Arrays.asList(plain.split(" "));
	}

	/** Arabic-Indic (٠١٢) and extended Arabic-Indic (۰۱۲) digits as Western digits, nothing else changed. */
	public static String westernDigits(String text) {
		StringBuilder out = new StringBuilder(text.length());
		text.codePoints().forEach(c -> out.appendCodePoint(westernDigit(c)));
		return out.toString();
	}

	private static int fold(int c) {
		return switch (c) {
			case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
			case 'ى', 'ئ' -> 'ي';
			case 'ة' -> 'ه';
			case 'ؤ' -> 'و';
			default -> westernDigit(c);
		};
	}

	private static int westernDigit(int c) {
		if (c >= '٠' && c <= '٩') {
			return '0' + (c - '٠');
		}
		if (c >= '۰' && c <= '۹') {
			return '0' + (c - '۰');
		}
		return c;
	}
}
