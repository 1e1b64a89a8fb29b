package dev.katib.documents;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;

import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.IslamicCalendar;
import com.ibm.icu.util.TimeZone;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.ibm.icu.util.ULocale;
import org.springframework.stereotype.Component;

/**
 * The dates printed on documents: Gregorian and Umm al-Qura Hijri (ICU4J {@code islamic-umalqura}),
 * written in Arabic or English with Arabic-Indic or Western digits. Days come from
 * {@link IssueDate#day()}, so they are the organisation's days, not the server's.
 */
@Component
public class DocumentDates {

	private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

	/** A formatted day; a page of letters formats the same few days again and again, and ICU's formats are dear. */
	private record Printed(LocalDate day, DocumentLanguage language, DigitStyle digits, boolean hijri) {
	}

	private final Cache<Printed, String> printed = Caffeine.newBuilder().maximumSize(10_000).build();

	/** The Umm al-Qura date of a Gregorian day. */
	public HijriDate hijri(LocalDate day) {
		IslamicCalendar calendar = ummAlQura(ULocale.ROOT);
		calendar.setTime(noon(day));
		return new HijriDate(calendar.get(Calendar.YEAR), calendar.get(Calendar.MONTH) + 1,
				calendar.get(Calendar.DAY_OF_MONTH));
	}

	/** A day's Hijri date as printed: «١ رمضان ١٤٤٦هـ» or "1 Ramadan 1446 AH". */
	public String formatHijri(LocalDate day, DocumentLanguage language, DigitStyle digits) {
		return printed.get(new Printed(day, language, digits, true), key -> hijri(day, language, digits));
	}

	private static String hijri(LocalDate day, DocumentLanguage language, DigitStyle digits) {
		ULocale locale = locale(language, digits, "islamic-umalqura");
		SimpleDateFormat format = new SimpleDateFormat("d MMMM y", locale);
		format.setCalendar(ummAlQura(locale));
		format.setTimeZone(UTC);
		String date = format.format(noon(day));
		return language == DocumentLanguage.ARABIC ? date + "هـ" : date + " AH";
	}

	/** A day's Gregorian date as printed: «١ مارس ٢٠٢٥م» or "1 March 2025". */
	public String formatGregorian(LocalDate day, DocumentLanguage language, DigitStyle digits) {
		return printed.get(new Printed(day, language, digits, false), key -> gregorian(day, language, digits));
	}

	private static String gregorian(LocalDate day, DocumentLanguage language, DigitStyle digits) {
		ULocale locale = locale(language, digits, "gregorian");
		SimpleDateFormat format = new SimpleDateFormat("d MMMM y", locale);
		format.setTimeZone(UTC);
		String date = format.format(noon(day));
		return language == DocumentLanguage.ARABIC ? date + "م" : date;
	}

	/** A number written with the chosen digits. */
	public String number(long value, DigitStyle digits) {
		return digits(Long.toString(value), digits);
	}

	/** Replaces the Western digits of a text with Arabic-Indic ones when that is the setting. */
	public String digits(String text, DigitStyle digits) {
		if (digits == DigitStyle.WESTERN) {
			return text;
		}
		StringBuilder result = new StringBuilder(text.length());
		text.chars().forEach(c -> result.append(c >= '0' && c <= '9' ? (char) ('٠' + (c - '0')) : (char) c));
		return result.toString();
	}

	private static IslamicCalendar ummAlQura(ULocale locale) {
		IslamicCalendar calendar = new IslamicCalendar(UTC, locale);
		calendar.setCalculationType(IslamicCalendar.CalculationType.ISLAMIC_UMALQURA);
		return calendar;
	}

	private static ULocale locale(DocumentLanguage language, DigitStyle digits, String calendar) {
		String numbers = digits == DigitStyle.ARABIC_INDIC ? "arab" : "latn";
		String base = language == DocumentLanguage.ARABIC ? "ar_SA" : "en_GB";
		return new ULocale(base + "@calendar=" + calendar + ";numbers=" + numbers);
	}

	private static Date noon(LocalDate day) {
		return Date.from(day.atTime(12, 0).toInstant(ZoneOffset.UTC));
	}
}
