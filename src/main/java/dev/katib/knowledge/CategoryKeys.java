package dev.katib.knowledge;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import com.ibm.icu.text.Transliterator;

/**
 * Keys made from a category's names, for those who leave the key empty: the English name as a slug
 * ("Letter of thanks" → {@code letter-of-thanks}), or the Arabic name in Latin letters («تعزية» →
 * {@code tzyt}) when the English name gives none; a number is added when the key is taken.
 */
final class CategoryKeys {

	private static final int MAX = 40;
	private static final Transliterator ARABIC = Transliterator.getInstance("Arabic-Latin; Latin-ASCII; Lower");

	private CategoryKeys() {
	}

	static String from(@Nullable String arabicName, @Nullable String englishName, Collection<String> taken) {
		String base = slug(englishName);
		if (base.isEmpty() && arabicName != null) {
			base = slug(transliterated(arabicName));
		}
		if (base.isEmpty()) {
			base = "category";
		}
		String key = base;
		for (int n = 2; taken.contains(key); n++) {
			String suffix = "-" + n;
			key = trimmed(base, MAX - suffix.length()) + suffix;
		}
		return key;
	}

	private static synchronized String transliterated(String arabic) {
		return ARABIC.transliterate(arabic);
	}

	static String slug(@Nullable String name) {
		if (name == null) {
			return "";
		}
		String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
		String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		return trimmed(slug, MAX);
	}

	private static String trimmed(String slug, int max) {
		return slug.length() <= max ? slug : slug.substring(0, max).replaceAll("-+$", "");
	}
}
