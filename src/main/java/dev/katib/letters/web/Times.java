package dev.katib.letters.web;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import dev.katib.platform.Moments;


/** Moments shown on the letters pages, in the organisations' time zone and the reader's language. */
final class Times {

	private Times() {
	}

	static String day(Instant instant, ZoneId zone, Locale locale) {
		return new Moments(zone, locale).day(instant);
	}

	static String moment(Instant instant, ZoneId zone, Locale locale) {
		return new Moments(zone, locale).of(instant);
	}
}
