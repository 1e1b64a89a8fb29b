package dev.katib.letters.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;


/** Moments shown on the letters pages, in the organisations' time zone and the reader's language. */
final class Times {

	private Times() {
	}

	static String day(Instant instant, ZoneId zone, Locale locale) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
			.withLocale(locale)
			.withZone(zone)
			.format(instant);
	}

	static String moment(Instant instant, ZoneId zone, Locale locale) {
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(locale)
			.withZone(zone)
			.format(instant);
	}
}
