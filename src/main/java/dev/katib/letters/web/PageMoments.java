package dev.katib.letters.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Moments as the letters pages show them: in the reader's organisation's time zone and the reader's language.
 * Pages reach it as {@code moments}, e.g. {@code ${moments.of(step.at())}}.
 */
public final class PageMoments {

	private final DateTimeFormatter format;

	PageMoments(ZoneId zone, Locale locale) {
		this.format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(locale)
			.withZone(zone);
	}

	public String of(Instant instant) {
		return format.format(instant);
	}
}
