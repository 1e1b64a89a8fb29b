package dev.katib.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The one way pages show a moment or a day: in the reader's organisation's time zone, in the reader's
 * language («٤ ديسمبر ٢٠٢٦ ١٠:١٥ ص», "Dec 4, 2026, 10:15 AM"). Pages reach it as {@code moments}, e.g.
 * {@code ${moments.of(note.createdAt())}}.
 */
public final class Moments {

	private final DateTimeFormatter moment;
	private final DateTimeFormatter day;
	private final ZoneId zone;

	public Moments(ZoneId zone, Locale locale) {
		this.zone = zone;
		this.moment = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(locale)
			.withZone(zone);
		this.day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).withZone(zone);
	}

	/** The moment, date and time; empty for none. */
	public String of(@Nullable Instant instant) {
		return instant == null ? "" : moment.format(instant);
	}

	/** The day a moment falls on in the organisation's zone. */
	public String day(@Nullable Instant instant) {
		return instant == null ? "" : day.format(instant);
	}

	/** A calendar day. */
	public String day(@Nullable LocalDate date) {
		return date == null ? "" : day.format(date);
	}

	public ZoneId zone() {
		return zone;
	}
}
