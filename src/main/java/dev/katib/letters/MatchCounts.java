package dev.katib.letters;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.function.LongSupplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * How many of an organisation's letters match a search of their text, remembered until any of its letters changes.
 * Counting reads every letter's text, while a page of the newest matches stops after a few; someone paging through
 * results, or refreshing a list, asks the same count again. Every write to a letter raises its row's version, and
 * letters are never deleted one by one, so the number of letters and the sum of their versions change with any
 * change that could change a count: reading them takes one index-only scan, in any of Katib's processes. As
 * versions only rise, two committed states never share a stamp.
 */
@Component
class MatchCounts {

	private final JdbcClient jdbc;
	private final Cache<Search, Counted> counts = Caffeine.newBuilder()
		.maximumSize(10_000)
		.expireAfterAccess(Duration.ofMinutes(30))
		.build();

	MatchCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The count for this search, from memory while the organisation's letters are as they were, else counted. */
	long count(UUID tenantId, String where, Map<String, Object> params, LongSupplier counting) {
		if (TransactionSynchronizationManager.isActualTransactionActive()
				&& !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			// a transaction that writes may see letters it has not committed, and may yet roll them back
			return counting.getAsLong();
		}
		Stamp stamp = stampOf(tenantId);
		Search search = new Search(tenantId, where, Map.copyOf(params));
		Counted known = counts.getIfPresent(search);
		if (known != null && known.stamp().equals(stamp)) {
			return known.count();
		}
		long count = counting.getAsLong();
		counts.put(search, new Counted(stamp, count));
		return count;
	}

	private Stamp stampOf(UUID tenantId) {
		return jdbc.sql("SELECT count(*) AS letters, coalesce(sum(version), 0) AS versions FROM letters_letter"
				+ " WHERE tenant_id = :tenantId")
			.param("tenantId", tenantId)
			.query((rs, row) -> new Stamp(rs.getLong("letters"), rs.getLong("versions")))
			.single();
	}

	private record Search(UUID tenantId, String where, Map<String, Object> params) {
	}

	private record Stamp(long letters, long versions) {
	}

	private record Counted(Stamp stamp, long count) {
	}
}
