package dev.katib.knowledge;


import java.util.regex.Pattern;

import dev.katib.platform.Inputs;

/**
 * A kind of letter an organisation writes, with what the letter conventions need to know about it. The seven
 * of {@link SeedCategories} are inserted for every organisation; organisations add their own.
 *
 * @param key a stable short name, unique in the organisation, e.g. {@code request}
 * @param arabicName the name shown in Arabic, e.g. «طلب»
 * @param englishName the name shown in English
 * @param closingStyle a formal closing, or a congratulation wish with no formal closing
 * @param arabicClosing the Arabic closing formula without its «،،،», or the wish
 * @param englishClosing the English wish, for {@link ClosingStyle#WISH}; a formal English letter closes with
 *     the valediction its salutation calls for
 * @param basmala whether Arabic letters of this category open with the basmala
 * @param arabicSubject the category's own Arabic subject wording, which a letter may use
 * @param englishSubject the category's own English subject wording, which a letter may use
 */
public record CategoryDefinition(String key, String arabicName, String englishName, ClosingStyle closingStyle,
		String arabicClosing, String englishClosing, boolean basmala, String arabicSubject, String englishSubject) {

	private static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	public CategoryDefinition {
		if (!KEY.matcher(key).matches() || key.length() > 40) {
			throw Inputs.invalid("category.key", "A category key is up to 40 lower-case letters, digits and dashes.");
		}
		arabicName = Inputs.required(arabicName, "category.arabicName", 1, 80);
		englishName = Inputs.required(englishName, "category.englishName", 1, 80);
		arabicClosing = Inputs.required(arabicClosing, "category.arabicClosing", 1, 200);
		englishClosing = Inputs.required(englishClosing, "category.englishClosing", 1, 200);
		arabicSubject = Inputs.required(arabicSubject, "category.arabicSubject", 1, 200);
		englishSubject = Inputs.required(englishSubject, "category.englishSubject", 1, 200);
	}

	public String name(Language language) {
		return language == Language.ARABIC ? arabicName : englishName;
	}

	public String subject(Language language) {
		return language == Language.ARABIC ? arabicSubject : englishSubject;
	}

	/** Whether a letter of this category in that language opens with the basmala (English letters do not). */
	public boolean basmala(Language language) {
		return basmala && language == Language.ARABIC;
	}
}
