package dev.katib.letters;

/**
 * The dates a letter shows, in its language, for the day in the organisation's time zone.
 *
 * @param gregorian e.g. «١ ديسمبر ٢٠٢٦م» or "1 December 2026"
 * @param hijri the Umm al-Qura date, e.g. «١٠ جمادى الآخرة ١٤٤٨هـ» or "10 Jumada II 1448 AH"
 */
public record LetterDates(String gregorian, String hijri) {
}
