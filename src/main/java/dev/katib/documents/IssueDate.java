package dev.katib.documents;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * When a document was issued, and the organisation's time zone that decides which day that was.
 *
 * @param instant the moment of issue
 * @param zone the organisation's time zone (Asia/Riyadh by default)
 */
public record IssueDate(Instant instant, ZoneId zone) {

	public IssueDate {
		Objects.requireNonNull(instant, "instant");
		Objects.requireNonNull(zone, "zone");
	}

	/** A document issued on a day, counted from the start of that day in the organisation's zone. */
	public static IssueDate on(LocalDate day, ZoneId zone) {
		return new IssueDate(day.atStartOfDay(zone).toInstant(), zone);
	}

	/** The day of issue in the organisation's time zone. */
	public LocalDate day() {
		return LocalDate.ofInstant(instant, zone);
	}
}
