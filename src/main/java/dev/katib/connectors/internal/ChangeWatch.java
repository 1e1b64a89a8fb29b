package dev.katib.connectors.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import dev.katib.connectors.Filter;
import dev.katib.connectors.RecordPage;
import dev.katib.connectors.RecordQuery;
import dev.katib.connectors.RecordsChanged;
import dev.katib.connectors.SourceTable;
import dev.katib.connectors.TableRef;
import dev.katib.connectors.backend.SourceAccess;
import dev.katib.connectors.backend.TableBackend;

/**
 * Polls every watched table for records modified since the last look (Airtable's
 * {@code LAST_MODIFIED_TIME()}), so that nothing is missed while a webhook was down, or where there is
 * none. One instance polls at a time; a change may be reported twice (by a webhook and by polling),
 * never not at all.
 */
@Component
public class ChangeWatch {

	/** Looks back a little before the last poll, for clocks that differ between Katib and the source. */
	public static final Duration OVERLAP = Duration.ofMinutes(1);
	static final int MAX_RECORDS_PER_POLL = 1_000;
	private static final Logger log = LoggerFactory.getLogger(ChangeWatch.class);

	private final JdbcClient jdbc;
	private final SourceAccessPolicy access;
	private final Backends backends;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate transactions;
	private final Clock clock;

	ChangeWatch(JdbcClient jdbc, SourceAccessPolicy access, Backends backends, ApplicationEventPublisher events,
			TransactionTemplate transactions, Clock clock) {
		this.jdbc = jdbc;
		this.access = access;
		this.backends = backends;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
	}

	private record Watch(UUID tenantId, TableRef table, Instant seenUntil) {
	}

	@Scheduled(initialDelayString = "${katib.connectors.poll-interval}", fixedDelayString = "${katib.connectors.poll-interval}")
	void scheduled() {
		pollAll();
	}

	/** Polls every watched table once, unless another instance is polling now; returns the tables polled. */
	public int pollAll() {
		Integer polled = transactions.execute(status -> {
			if (!jdbc.sql("SELECT pg_try_advisory_xact_lock(hashtext('connectors_watch'))").query(Boolean.class).single()) {
				return 0;
			}
			List<Watch> watches = jdbc.sql("SELECT * FROM connectors_watch ORDER BY seen_until")
				.query((rs, n) -> new Watch(rs.getObject("tenant_id", UUID.class),
						new TableRef(rs.getObject("source_id", UUID.class), rs.getString("base_id"), rs.getString("table_id")),
						rs.getTimestamp("seen_until").toInstant()))
				.list();
			watches.forEach(this::poll);
			return watches.size();
		});
		return polled == null ? 0 : polled;
	}

	private void poll(Watch watch) {
		Instant startedAt = clock.instant();
		try {
			SourceAccess source = access.openForOrganisation(watch.tenantId(), watch.table().sourceId()).orElse(null);
			if (source == null) {
				return;
			}
			SourceTable table = access.table(source, watch.table());
			TableBackend backend = backends.of(source);
			RecordQuery query = RecordQuery.firstPage(RecordQuery.MAX_PAGE_SIZE)
				.withFilter(new Filter.ModifiedAfter(watch.seenUntil().minus(OVERLAP)));
			Set<String> changed = new LinkedHashSet<>();
			while (changed.size() < MAX_RECORDS_PER_POLL) {
				RecordPage page = backend.list(source, watch.table().baseId(), table, query);
				page.records().forEach(r -> changed.add(r.id()));
				if (page.offset() == null) {
					break;
				}
				query = query.withOffset(page.offset());
			}
			if (!changed.isEmpty()) {
				events.publishEvent(new RecordsChanged(watch.tenantId(), watch.table(), changed, Set.of(),
						RecordsChanged.Origin.POLLING));
			}
			jdbc.sql("UPDATE connectors_watch SET seen_until = :now WHERE source_id = :source AND base_id = :base "
					+ "AND table_id = :table")
				.param("now", Timestamp.from(startedAt)).param("source", watch.table().sourceId())
				.param("base", watch.table().baseId()).param("table", watch.table().tableId())
				.update();
		}
		catch (RuntimeException ex) {
			log.warn("Polling table {} of source {} failed: {}", watch.table().tableId(), watch.table().sourceId(),
					ex.getMessage());
		}
	}
}
