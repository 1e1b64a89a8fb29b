package dev.katib.knowledge;


import org.jspecify.annotations.Nullable;

/** The form Arabic words addressed to the recipient take: masculine, feminine or plural. */
enum Agreement {

	MASCULINE, FEMININE, PLURAL;

	/**
	 * Bodies («السادة») take the plural; a woman the feminine; anyone else the masculine, which formal Arabic
	 * uses when the gender is not known.
	 */
	static Agreement of(Honorific honorific, @Nullable Gender gender) {
		if (honorific.addressesABody()) {
			return PLURAL;
		}
		return gender == Gender.FEMALE ? FEMININE : MASCULINE;
	}
}
