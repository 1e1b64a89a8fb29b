package dev.katib.review;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Each organisation's workflow settings; the defaults until an administrator saves them. */
@Component
class SettingsStore {

	private final JdbcClient jdbc;
	private final Clock clock;

	SettingsStore(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	WorkflowSettings settings(UUID tenantId) {
		var optional = new HashSet<>(jdbc.sql("SELECT category_key FROM review_optional_category WHERE tenant_id = ?")
			.param(tenantId)
			.query(String.class)
			.list());
		return jdbc.sql("SELECT * FROM review_settings WHERE tenant_id = ?")
			.param(tenantId)
			.query((rs, n) -> new WorkflowSettings(optional, rs.getBoolean("writers_approve_own"),
					WorkflowSettings.NumberingAt.valueOf(rs.getString("numbering_at")),
					new NumberFormat(rs.getString("number_prefix"),
							NumberFormat.Calendar.valueOf(rs.getString("number_calendar")), rs.getInt("number_width")),
					rs.getBoolean("sign_requires_password")))
			.optional()
			.orElseGet(() -> new WorkflowSettings(optional, WorkflowSettings.DEFAULTS.writersApproveOwn(),
					WorkflowSettings.DEFAULTS.numberingAt(), WorkflowSettings.DEFAULTS.format(),
					WorkflowSettings.DEFAULTS.signRequiresPassword()));
	}

	@Transactional
	void save(UUID tenantId, WorkflowSettings settings) {
		jdbc.sql("""
				INSERT INTO review_settings (tenant_id, writers_approve_own, numbering_at, number_prefix,
				  number_calendar, number_width, sign_requires_password, updated_at)
				VALUES (:tenant, :own, :at, :prefix, :calendar, :width, :password, :now)
				ON CONFLICT (tenant_id) DO UPDATE SET writers_approve_own = EXCLUDED.writers_approve_own,
				  numbering_at = EXCLUDED.numbering_at, number_prefix = EXCLUDED.number_prefix,
				  number_calendar = EXCLUDED.number_calendar, number_width = EXCLUDED.number_width,
				  sign_requires_password = EXCLUDED.sign_requires_password, updated_at = EXCLUDED.updated_at""")
			.param("tenant", tenantId)
			.param("own", settings.writersApproveOwn())
			.param("at", settings.numberingAt().name())
			.param("prefix", settings.format().prefix())
			.param("calendar", settings.format().calendar().name())
			.param("width", settings.format().width())
			.param("password", settings.signRequiresPassword())
			.param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.update();
		jdbc.sql("DELETE FROM review_optional_category WHERE tenant_id = ?").param(tenantId).update();
		for (String category : settings.reviewOptionalFor()) {
			jdbc.sql("INSERT INTO review_optional_category (tenant_id, category_key) VALUES (?, ?)")
				.params(tenantId, category)
				.update();
		}
	}
}
