package dev.katib.letters.workflow;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Moments written for people on pages: minutes in UTC, with Western digits whatever the page's language. */
final class Moments {

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
		.withZone(ZoneOffset.UTC);

	private Moments() {
	}

	static String readable(Instant at) {
		return MINUTES.format(at);
	}
}
