package dev.katib.usage.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import dev.katib.usage.QuotaReservation;
import dev.katib.usage.Quotas;

/**
 * Gives back the room of reservations nobody settled or released, e.g. because the process that
 * took them stopped mid-call, so a crash cannot eat a quota. Releasing is conditional on the
 * reservation still being open, so several instances may sweep at once without harm.
 */
@Component
class StaleReservations {

	private static final Logger log = LoggerFactory.getLogger(StaleReservations.class);
	private static final int BATCH = 500;

	private final JdbcClient jdbc;
	private final Quotas quotas;
	private final Clock clock;
	private final UsageProperties settings;

	StaleReservations(JdbcClient jdbc, Quotas quotas, Clock clock, UsageProperties settings) {
		this.jdbc = jdbc;
		this.quotas = quotas;
		this.clock = clock;
		this.settings = settings;
	}

	@Scheduled(initialDelayString = "PT5M", fixedDelayString = "PT10M")
	void sweep() {
		int released = releaseStale();
		if (released > 0) {
			log.warn("Released {} quota reservation(s) left open for more than {}", released,
					settings.reservationTimeout());
		}
	}

	int releaseStale() {
		List<QuotaReservation> stale = jdbc.sql("""
				SELECT id, tenant_id, user_id, letters, tokens_reserved, period_start FROM usage_reservation
				 WHERE status = 'RESERVED' AND created_at < :before ORDER BY created_at LIMIT :batch""")
			.param("before", Timestamp.from(clock.instant().minus(settings.reservationTimeout())))
			.param("batch", BATCH)
			.query((row, n) -> new QuotaReservation(row.getObject(1, java.util.UUID.class),
					row.getObject(2, java.util.UUID.class), row.getObject(3, java.util.UUID.class), row.getInt(4),
					row.getLong(5), row.getObject(6, java.time.LocalDate.class)))
			.list();
		stale.forEach(quotas::release);
		return stale.size();
	}
}
