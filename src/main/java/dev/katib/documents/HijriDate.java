package dev.katib.documents;

/**
 * A day in the Umm al-Qura Hijri calendar.
 *
 * @param year the Hijri year, e.g. 1446
 * @param month the month, 1 (Muharram) to 12 (Dhu al-Hijjah)
 * @param day the day of the month, 1 to 30
 */
public record HijriDate(int year, int month, int day) {
}
