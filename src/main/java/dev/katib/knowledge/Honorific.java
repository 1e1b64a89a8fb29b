package dev.katib.knowledge;


import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * How a recipient is addressed, with its Arabic and English forms in both genders and the prayer phrase the
 * Arabic addressee line ends with.
 */
public enum Honorific {

	/** «صاحب السمو الملكي» / «صاحبة السمو الملكي» … «حفظه الله»; "Your Royal Highness,". */
	ROYAL_HIGHNESS("صاحب السمو الملكي", "صاحبة السمو الملكي", "His Royal Highness", "Her Royal Highness",
			Prayer.PRESERVE, "Your Royal Highness,", Kind.PERSON),

	/** «صاحب السمو» / «صاحبة السمو» … «حفظه الله»; "Your Highness,". */
	HIGHNESS("صاحب السمو", "صاحبة السمو", "His Highness", "Her Highness", Prayer.PRESERVE, "Your Highness,",
			Kind.PERSON),

	/** «معالي» … «سلمه الله» (ministers and their rank); "Your Excellency,". */
	MAALI("معالي", "معالي", "His Excellency", "Her Excellency", Prayer.KEEP_SAFE, "Your Excellency,", Kind.OFFICE),

	/** «سعادة» … «سلمه الله» (senior officials and managers); "Dear Mr …," in English. */
	SAADA("سعادة", "سعادة", "Mr", "Ms", Prayer.KEEP_SAFE, null, Kind.OFFICE),

	/** «الشيخ» / «الشيخة» … «حفظه الله». */
	SHEIKH("الشيخ", "الشيخة", "Sheikh", "Sheikha", Prayer.PRESERVE, null, Kind.PERSON),

	/** «الدكتور» / «الدكتورة» … «سلمه الله»; "Dr". */
	DOCTOR("الدكتور", "الدكتورة", "Dr", "Dr", Prayer.KEEP_SAFE, null, Kind.PERSON),

	/** «المهندس» / «المهندسة» … «سلمه الله»; "Eng.". */
	ENGINEER("المهندس", "المهندسة", "Eng.", "Eng.", Prayer.KEEP_SAFE, null, Kind.PERSON),

	/** «الأستاذ» / «الأستاذة» … «سلمه الله»; "Mr" / "Ms". */
	MISTER("الأستاذ", "الأستاذة", "Mr", "Ms", Prayer.KEEP_SAFE, null, Kind.PERSON),

	/** «السادة» … «حفظهم الله», for an organisation or a department; "Dear Sir or Madam,". */
	MESSRS("السادة", "السادة", "", "", Prayer.PRESERVE, null, Kind.BODY);

	private enum Kind {
		/** Introduces a name. */
		PERSON,
		/** Introduces a job title, or a name when there is none. */
		OFFICE,
		/** Introduces an organisation and takes the plural. */
		BODY
	}

	private final String arabicMasculine;
	private final String arabicFeminine;
	private final String englishMasculine;
	private final String englishFeminine;
	private final Prayer prayer;
	private final @Nullable String englishGreeting;
	private final Kind kind;

	Honorific(String arabicMasculine, String arabicFeminine, String englishMasculine, String englishFeminine,
			Prayer prayer, @Nullable String englishGreeting, Kind kind) {
		this.arabicMasculine = arabicMasculine;
		this.arabicFeminine = arabicFeminine;
		this.englishMasculine = englishMasculine;
		this.englishFeminine = englishFeminine;
		this.prayer = prayer;
		this.englishGreeting = englishGreeting;
		this.kind = kind;
	}

	/** The code used in the API and the recipients directory, e.g. {@code royal-highness}. */
	public String code() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	public static Optional<Honorific> fromCode(String code) {
		for (Honorific honorific : values()) {
			if (honorific.code().equals(code.strip().toLowerCase(Locale.ROOT))) {
				return Optional.of(honorific);
			}
		}
		return Optional.empty();
	}

	/** The Arabic honorific in the recipient's gender: «صاحبة السمو», «الدكتورة». */
	public String arabic(@Nullable Gender gender) {
		return gender == Gender.FEMALE ? arabicFeminine : arabicMasculine;
	}

	/** The prayer phrase agreeing with the recipient: «حفظها الله», «سلمه الله», «حفظهم الله». */
	public String prayer(@Nullable Gender gender) {
		return prayer.phrase(Agreement.of(this, gender));
	}

	/** The English honorific before the name ("Dr", "Ms", "His Excellency"); empty for bodies. */
	public String english(@Nullable Gender gender) {
		if (gender == null && englishMasculine.equals("Mr")) {
			return "";
		}
		return gender == Gender.FEMALE ? englishFeminine : englishMasculine;
	}

	/** The English salutation this honorific always takes ("Your Excellency,"), if it has one. */
	public Optional<String> fixedEnglishGreeting() {
		return Optional.ofNullable(englishGreeting);
	}

	/** Honorifics of a person introduce a name and read wrongly before a bare job title. */
	public boolean introducesAName() {
		return kind == Kind.PERSON;
	}

	/**
	 * Professional and personal honorifics («الدكتور», "Mr", «الشيخ») read wrongly before a bare job title;
	 * royal honorifics and those of an office do not.
	 */
	public boolean needsAName() {
		return this == SHEIKH || this == DOCTOR || this == ENGINEER || this == MISTER;
	}

	public boolean addressesABody() {
		return kind == Kind.BODY;
	}
}
