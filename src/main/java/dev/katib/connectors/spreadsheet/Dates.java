package dev.katib.connectors.spreadsheet;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Gregorian dates as spreadsheets write them: {@code 2026-01-15}, {@code 2026/01/15},
 * {@code 15/01/2026} (or month first, by the column's {@link Conventions}), with {@code -} or
 * {@code .} too; and with a time after a space or a {@code T}: {@code 10:30}, {@code 10:30:15},
 * {@code 2:30 PM} or {@code 2:30 م}. Years before 1900 are not read as dates, so that Hijri dates
 * ({@code 1448/03/12}) stay text rather than becoming wrong Gregorian ones.
 */
final class Dates {

	private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})");
	private static final Pattern YEAR_LAST = Pattern.compile("(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})");
	private static final Pattern TIME = Pattern
		.compile("(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?\\s*(am|pm|AM|PM|ص|م)?");

	private Dates() {
	}

	static @Nullable LocalDate date(String value, Conventions conventions) {
		Matcher yearFirst = YEAR_FIRST.matcher(value);
		if (yearFirst.matches()) {
			return of(yearFirst.group(1), yearFirst.group(2), yearFirst.group(3));
		}
		Matcher yearLast = YEAR_LAST.matcher(value);
		if (yearLast.matches()) {
			return conventions.monthFirst() ? of(yearLast.group(3), yearLast.group(1), yearLast.group(2))
					: of(yearLast.group(3), yearLast.group(2), yearLast.group(1));
		}
		return null;
	}

	/** A date and time; a date alone is its midnight, so a column may mix both. */
	static @Nullable LocalDateTime dateTime(String value, Conventions conventions) {
		int t = value.indexOf('T');
		int space = value.indexOf(' ');
		int split = t < 0 ? space : space < 0 ? t : Math.min(t, space);
		if (split < 0) {
			LocalDate day = date(value, conventions);
			return day == null ? null : day.atStartOfDay();
		}
		LocalDate day = date(value.substring(0, split), conventions);
		LocalTime time = time(value.substring(split + 1).strip());
		return day == null || time == null ? null : day.atTime(time);
	}

	private static @Nullable LocalTime time(String value) {
		Matcher time = TIME.matcher(value);
		if (!time.matches()) {
			return null;
		}
		int hour = Integer.parseInt(time.group(1));
		String half = time.group(4);
		if (half != null) {
			if (hour < 1 || hour > 12) {
				return null;
			}
			boolean afternoon = half.equalsIgnoreCase("pm") || half.equals("م");
			hour = hour % 12 + (afternoon ? 12 : 0);
		}
		try {
			return LocalTime.of(hour, Integer.parseInt(time.group(2)),
					time.group(3) == null ? 0 : Integer.parseInt(time.group(3)));
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	private static @Nullable LocalDate of(String year, String month, String day) {
		int y = Integer.parseInt(year);
		if (y < 1900) {
			return null;
		}
		try {
			return LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day));
		}
		catch (DateTimeException ex) {
			return null;
		}
	}
}
