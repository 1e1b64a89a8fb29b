package dev.katib.review;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import dev.katib.accounts.Colleagues;
import dev.katib.documents.DocumentDates;
import dev.katib.letters.IssuedNumber;

/**
 * Issues letter numbers: per organisation and year of the chosen calendar, with no gaps and no duplicates. The
 * counter row is incremented, and so locked, in the transaction that moves the letter, so a rolled-back
 * transition gives its number back and two approvals at once are numbered one after the other.
 */
@Component
class LetterNumberIssuer {

	private final JdbcClient jdbc;
	private final Colleagues colleagues;
	private final DocumentDates dates;
	private final Clock clock;

	LetterNumberIssuer(JdbcClient jdbc, Colleagues colleagues, DocumentDates dates, Clock clock) {
		this.jdbc = jdbc;
		this.colleagues = colleagues;
		this.dates = dates;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	IssuedNumber issue(UUID tenantId, UUID letterId, NumberFormat format) {
		Instant now = clock.instant();
		LocalDate day = LocalDate.ofInstant(now, colleagues.timeZone(tenantId));
		int year = format.calendar() == NumberFormat.Calendar.HIJRI ? dates.hijri(day).year() : day.getYear();
		long sequence = jdbc.sql("""
				INSERT INTO review_number_counter (tenant_id, calendar, year, last_value) VALUES (:tenant, :calendar, :year, 1)
				ON CONFLICT (tenant_id, calendar, year)
				DO UPDATE SET last_value = review_number_counter.last_value + 1
				RETURNING last_value""")
			.param("tenant", tenantId)
			.param("calendar", format.calendar().name())
			.param("year", year)
			.query(Long.class)
			.single();
		String number = format.format(year, sequence);
		jdbc.sql("""
				INSERT INTO review_issued_number (letter_id, tenant_id, number, issued_on, calendar, year, sequence, issued_at)
				VALUES (:letter, :tenant, :number, :day, :calendar, :year, :sequence, :now)""")
			.param("letter", letterId)
			.param("tenant", tenantId)
			.param("number", number)
			.param("day", day)
			.param("calendar", format.calendar().name())
			.param("year", year)
			.param("sequence", sequence)
			.param("now", now.atOffset(ZoneOffset.UTC))
			.update();
		return new IssuedNumber(number, day);
	}
}
