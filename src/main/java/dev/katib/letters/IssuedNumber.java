package dev.katib.letters;

import java.time.LocalDate;

/**
 * The number a letter was issued under and its official date, both decided by the server when the letter is
 * approved or signed (an organisation setting).
 *
 * @param number the formatted number, e.g. {@code OUT/1448/000123}
 * @param issuedOn the official date: the day of issue in the organisation's time zone
 */
public record IssuedNumber(String number, LocalDate issuedOn) {
}
