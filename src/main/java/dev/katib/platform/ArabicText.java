package dev.katib.platform;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Arabic text as a search engine should see it: the spellings a reader treats as the same word are
 * made the same, so that «مدرسه» finds «مدرسة» and «احمد» finds «أحمد».
 */
public final class ArabicText {

	// harakat, tanwin, shadda, sukun, superscript alef, Quranic marks
	private static final Pattern DIACRITICS = Pattern.compile("[\\u0610-\\u061A\\u064B-\\u065F\\u0670\\u06D6-\\u06ED]");
	private static final Pattern TATWEEL = Pattern.compile("\\u0640");

	private ArabicText() {
	}

	/**
	 * Folds presentation forms and compatibility characters (NFKC), removes diacritics and tatweel,
	 * writes every alef with hamza or madda as a bare alef, alef maqsura as yaa, taa marbuta as haa,
	 * Arabic-Indic digits as Western ones, and lower-cases Latin letters.
	 */
	public static String normalizeForSearch(String text) {
		String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
		folded = DIACRITICS.matcher(folded).replaceAll("");
		folded = TATWEEL.matcher(folded).replaceAll("");
		StringBuilder out = new StringBuilder(folded.length());
		folded.codePoints().forEach(c -> out.appendCodePoint(fold(c)));
		return out.toString().toLowerCase(Locale.ROOT);
	}

	private static int fold(int c) {
		return switch (c) {
			case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
			case 'ى' -> 'ي';
			case 'ة' -> 'ه';
			case 'ؤ' -> 'و';
			case 'ئ' -> 'ي';
			default -> {
				if (c >= '٠' && c <= '٩') {
					yield '0' + (c - '٠');
				}
				if (c >= '۰' && c <= '۹') {
					yield '0' + (c - '۰');
				}
				yield c;
			}
		};
	}
}
