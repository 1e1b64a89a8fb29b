package dev.katib.usage.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads an organisation's usage of the current month from the ledger and the quota counters. */
@Component
class UsageReports {

	private static final String TOTALS = """
			count(*), COALESCE(sum(input_tokens), 0), COALESCE(sum(output_tokens), 0), COALESCE(sum(cost), 0)
			""";

	private final JdbcClient jdbc;
	private final Clock clock;
	private final UsageProperties settings;

	UsageReports(JdbcClient jdbc, Clock clock, UsageProperties settings) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.settings = settings;
	}

	MonthlyUsage thisMonth(UUID tenantId, ZoneId zone) {
		QuotaPeriod period = QuotaPeriod.containing(clock.instant(), zone);
		String where = " FROM usage_model_call WHERE tenant_id = :tenant AND completed_at >= :from AND completed_at < :to";
		MonthlyUsage.Totals totals = calls("SELECT " + TOTALS + where, tenantId, period)
			.query((row, n) -> new MonthlyUsage.Totals(row.getLong(1), row.getLong(2), row.getLong(3), cost(row, 4)))
			.single();
		MonthlyUsage.Totals exempt = calls("SELECT " + TOTALS + where + " AND purpose IS NOT NULL", tenantId, period)
			.query((row, n) -> new MonthlyUsage.Totals(row.getLong(1), row.getLong(2), row.getLong(3), cost(row, 4)))
			.single();
		List<MonthlyUsage.UserTotals> byUser = calls("SELECT user_id, " + TOTALS + where
				+ " GROUP BY user_id ORDER BY 5 DESC, 2 DESC", tenantId, period)
			.query((row, n) -> new MonthlyUsage.UserTotals(row.getObject(1, UUID.class), row.getLong(2),
					row.getLong(3), row.getLong(4), cost(row, 5)))
			.list();
		List<MonthlyUsage.ModelTotals> byModel = calls("SELECT provider, model, " + TOTALS + where
				+ " GROUP BY provider, model ORDER BY 3 DESC", tenantId, period)
			.query((row, n) -> new MonthlyUsage.ModelTotals(row.getString(1), row.getString(2), row.getLong(3),
					row.getLong(4), row.getLong(5), cost(row, 6)))
			.list();
		List<MonthlyUsage.UserQuota> standings = jdbc.sql("""
				SELECT h.holder_id, q.letters_limit, COALESCE(c.letters_used, 0), q.tokens_limit, COALESCE(c.tokens_used, 0)
				  FROM (SELECT holder_id FROM usage_quota WHERE tenant_id = :tenant
				        UNION SELECT holder_id FROM usage_counter WHERE tenant_id = :tenant AND period_start = :period) h
				  LEFT JOIN usage_quota q ON q.tenant_id = :tenant AND q.holder_id = h.holder_id
				  LEFT JOIN usage_counter c ON c.tenant_id = :tenant AND c.holder_id = h.holder_id
				       AND c.period_start = :period
				 ORDER BY h.holder_id""")
			.param("tenant", tenantId)
			.param("period", period.start())
			.query((row, n) -> new MonthlyUsage.UserQuota(row.getObject(1, UUID.class),
					MonthlyUsage.QuotaStanding.of((Long) row.getObject(2), row.getLong(3), (Long) row.getObject(4),
							row.getLong(5))))
			.list();
		MonthlyUsage.QuotaStanding organisation = standings.stream()
			.filter(standing -> standing.userId().equals(tenantId))
			.map(MonthlyUsage.UserQuota::quota)
			.findFirst()
			.orElse(MonthlyUsage.QuotaStanding.of(null, 0, null, 0));
		return new MonthlyUsage(period.start(), period.resetsAt(), settings.currency(), totals, exempt, byUser, byModel,
				organisation, standings.stream().filter(standing -> !standing.userId().equals(tenantId)).toList());
	}

	private JdbcClient.StatementSpec calls(String sql, UUID tenantId, QuotaPeriod period) {
		return jdbc.sql(sql)
			.param("tenant", tenantId)
			.param("from", Timestamp.from(period.begins()))
			.param("to", Timestamp.from(period.resetsAt()));
	}

	private static BigDecimal cost(ResultSet row, int column) throws SQLException {
		return row.getBigDecimal(column).stripTrailingZeros();
	}
}
