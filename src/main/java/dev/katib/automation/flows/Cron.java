package dev.katib.automation.flows;

import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;

import org.quartz.CronExpression;

import dev.katib.platform.Inputs;

/** A schedule's cron expression (Quartz's form, seconds first) in the organisation's time zone. */
final class Cron {

	/** Schedules fire at most this often, so that a typo does not start an execution every second. */
	static final Duration MIN_GAP = Duration.ofMinutes(1);

	private Cron() {
	}

	/** Checks the expression, and that it fires at least once and never twice within a minute. */
	static void check(String cron, ZoneId zone, Instant now) {
		List<Instant> next = next(cron, zone, now, 3);
		if (next.isEmpty()) {
			throw Inputs.invalid("trigger.cron", "The schedule never fires.");
		}
		for (int i = 1; i < next.size(); i++) {
			if (Duration.between(next.get(i - 1), next.get(i)).compareTo(MIN_GAP) < 0) {
				throw Inputs.invalid("trigger.cron", "A schedule fires at most once a minute.");
			}
		}
	}

	/** The next {@code count} times the schedule fires after {@code after}. */
	static List<Instant> next(String cron, ZoneId zone, Instant after, int count) {
		CronExpression expression = expression(cron);
		expression.setTimeZone(TimeZone.getTimeZone(zone));
		List<Instant> times = new ArrayList<>();
		Date from = Date.from(after);
		while (times.size() < count) {
			Date next = expression.getNextValidTimeAfter(from);
			if (next == null) {
				break;
			}
			times.add(next.toInstant());
			from = next;
		}
		return times;
	}

	static CronExpression expression(String cron) {
		try {
			return new CronExpression(cron);
		}
		catch (ParseException | RuntimeException refused) {
			throw Inputs.invalid("trigger.cron", "The cron expression does not parse: " + refused.getMessage()
					+ " It has six or seven fields, seconds first, e.g. \"0 0 8 ? * SUN-THU\".");
		}
	}
}
