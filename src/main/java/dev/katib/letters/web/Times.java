package dev.katib.letters.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import dev.katib.usage.Quotas;

/** Moments shown on the letters pages, in the organisations' time zone and the reader's language. */
final class Times {

	private Times() {
	}

	static String day(Instant instant, Locale locale) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
			.withLocale(locale)
			.withZone(Quotas.DEFAULT_ZONE)
			.format(instant);
	}

	static String moment(Instant instant, Locale locale) {
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(locale)
			.withZone(Quotas.DEFAULT_ZONE)
			.format(instant);
	}
}
