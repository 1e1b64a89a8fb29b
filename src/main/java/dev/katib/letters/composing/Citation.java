package dev.katib.letters.composing;

/**
 * A letter the composed one cites: the letter it replies to, or our earlier letter it follows up.
 *
 * @param number the letter's number as printed on it, e.g. {@code OUT/1448/000123}
 * @param date the letter's date as it should be printed, already formatted
 */
public record Citation(String number, String date) {
}
