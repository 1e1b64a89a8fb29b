package dev.katib.usage.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A calendar month in an organisation's time zone, the period quotas count in.
 *
 * @param start the first day of the month
 * @param zone the organisation's time zone
 */
record QuotaPeriod(LocalDate start, ZoneId zone) {

	static QuotaPeriod containing(Instant instant, ZoneId zone) {
		return new QuotaPeriod(instant.atZone(zone).toLocalDate().withDayOfMonth(1), zone);
	}

	Instant begins() {
		return start.atStartOfDay(zone).toInstant();
	}

	Instant resetsAt() {
		return start.plusMonths(1).atStartOfDay(zone).toInstant();
	}
}
