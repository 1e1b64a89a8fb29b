package dev.katib.letters.drafting;

import dev.katib.platform.Inputs;

/**
 * A letter the new one refers to: the letter it replies to, or our earlier letter it follows up.
 *
 * @param number the letter's number as printed on it, e.g. {@code OUT/1448/000123}
 * @param date the letter's date as it should be printed, already formatted (e.g. «1448/03/12هـ»)
 */
public record LetterReference(String number, String date) {

	public LetterReference {
		number = Inputs.required(number, "reference.number", 1, 60);
		date = Inputs.required(date, "reference.date", 1, 60);
	}
}
