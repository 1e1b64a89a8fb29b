package dev.katib.accounts;

import org.jspecify.annotations.Nullable;

import dev.katib.platform.Inputs;

/**
 * How a person is named on paper: their name and job title in Arabic and in English. A letter is signed
 * in its own language, so each is kept in both; any of them may still be missing.
 *
 * @param arabicName the name as written in Arabic, e.g. «فاطمة بنت عبدالله الزهراني»
 * @param englishName the name as written in English, e.g. "Fatimah Al-Zahrani"
 * @param arabicJobTitle the job title in Arabic, e.g. «مديرة إدارة الموارد البشرية»
 * @param englishJobTitle the job title in English, e.g. "Director of Human Resources"
 */
public record Profile(@Nullable String arabicName, @Nullable String englishName, @Nullable String arabicJobTitle,
		@Nullable String englishJobTitle) {

	public static final int MAX_LENGTH = 200;

	/** A profile with no names and no job titles. */
	public static final Profile EMPTY = new Profile(null, null, null, null);

	public Profile {
		arabicName = Inputs.optional(arabicName, "arabicName", MAX_LENGTH);
		englishName = Inputs.optional(englishName, "englishName", MAX_LENGTH);
		arabicJobTitle = Inputs.optional(arabicJobTitle, "arabicJobTitle", MAX_LENGTH);
		englishJobTitle = Inputs.optional(englishJobTitle, "englishJobTitle", MAX_LENGTH);
	}

	/** A profile from one name and job title, each put in the language of its script. */
	public static Profile of(@Nullable String name, @Nullable String jobTitle) {
		boolean arabicName = name != null && isArabic(name);
		boolean arabicTitle = jobTitle != null && isArabic(jobTitle);
		return new Profile(arabicName ? name : null, arabicName ? null : name, arabicTitle ? jobTitle : null,
				arabicTitle ? null : jobTitle);
	}

	/** Whether the profile names the person in at least one language. */
	public boolean named() {
		return arabicName != null || englishName != null;
	}

	/** The name in the language asked for, else in the other one, else the fallback (their e-mail, say). */
	public String name(boolean arabic, String fallback) {
		String first = arabic ? arabicName : englishName;
		String second = arabic ? englishName : arabicName;
		return first != null ? first : second != null ? second : fallback;
	}

	/** The job title in the language asked for; a title in the other language does not belong on that letter. */
	public @Nullable String jobTitle(boolean arabic) {
		return arabic ? arabicJobTitle : englishJobTitle;
	}

	/** Whether the text is written in Arabic letters. */
	public static boolean isArabic(String text) {
		return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC);
	}
}
