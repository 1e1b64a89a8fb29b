package dev.katib.automation.flows;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

import dev.katib.platform.KatibException;

/** The one writer of {@code automation_flow}; every read but the inbound hook's is limited to one organisation. */
@Repository
class AutomationStore {

	static final JsonMapper JSON = JsonMapper.builder().build();
	private static final String COLUMNS = """
			id, tenant_id, owner_id, name, enabled, definition, hook_secret IS NOT NULL AS has_secret, created_at,
			updated_at""";

	private final JdbcClient jdbc;

	AutomationStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Automation automation) {
		jdbc.sql("""
				INSERT INTO automation_flow (id, tenant_id, owner_id, name, enabled, trigger_kind, source_id, base_id,
				  table_id, definition, created_at, updated_at)
				VALUES (:id, :tenant, :owner, :name, :enabled, :kind, :source, :base, :table, CAST(:definition AS JSONB),
				  :created, :updated)""")
			.param("id", automation.id()).param("tenant", automation.tenantId()).param("owner", automation.ownerId())
			.param("name", automation.name()).param("enabled", automation.enabled())
			.param("kind", automation.triggerKind().name())
			.param("source", automation.definition().trigger().sourceId())
			.param("base", automation.definition().trigger().baseId())
			.param("table", automation.definition().trigger().tableId())
			.param("definition", JSON.writeValueAsString(automation.definition()))
			.param("created", Timestamp.from(automation.createdAt()))
			.param("updated", Timestamp.from(automation.updatedAt()))
			.update();
	}

	/** Replaces what a member edits: its name, whether it is on, its definition, and who it runs as. */
	void update(Automation automation) {
		int changed = jdbc.sql("""
				UPDATE automation_flow SET owner_id = :owner, name = :name, enabled = :enabled, trigger_kind = :kind,
				  source_id = :source, base_id = :base, table_id = :table, definition = CAST(:definition AS JSONB),
				  updated_at = :updated, version = version + 1
				WHERE tenant_id = :tenant AND id = :id""")
			.param("owner", automation.ownerId()).param("name", automation.name())
			.param("enabled", automation.enabled()).param("kind", automation.triggerKind().name())
			.param("source", automation.definition().trigger().sourceId())
			.param("base", automation.definition().trigger().baseId())
			.param("table", automation.definition().trigger().tableId())
			.param("definition", JSON.writeValueAsString(automation.definition()))
			.param("updated", Timestamp.from(automation.updatedAt()))
			.param("tenant", automation.tenantId()).param("id", automation.id())
			.update();
		if (changed == 0) {
			throw KatibException.notFound("The automation");
		}
	}

	void delete(UUID tenantId, UUID id) {
		jdbc.sql("DELETE FROM automation_flow WHERE tenant_id = :tenant AND id = :id")
			.param("tenant", tenantId).param("id", id).update();
	}

	Optional<Automation> find(UUID tenantId, UUID id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM automation_flow WHERE tenant_id = :tenant AND id = :id")
			.param("tenant", tenantId).param("id", id)
			.query(AutomationStore::automation).optional();
	}

	Automation get(UUID tenantId, UUID id) {
		return find(tenantId, id).orElseThrow(() -> KatibException.notFound("The automation"));
	}

	/** The organisation's automations, newest first. */
	List<Automation> list(UUID tenantId, int limit) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM automation_flow WHERE tenant_id = :tenant "
				+ "ORDER BY created_at DESC, id LIMIT :limit")
			.param("tenant", tenantId).param("limit", limit)
			.query(AutomationStore::automation).list();
	}

	/** The organisation's enabled automations with this kind of trigger. */
	List<Automation> enabled(UUID tenantId, TriggerKind kind) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM automation_flow WHERE tenant_id = :tenant AND enabled "
				+ "AND trigger_kind = :kind ORDER BY created_at, id")
			.param("tenant", tenantId).param("kind", kind.name())
			.query(AutomationStore::automation).list();
	}

	/** Every organisation's enabled schedules, to bring the scheduler in step at start-up. */
	List<Automation> enabledSchedules() {
		return jdbc.sql("SELECT " + COLUMNS + " FROM automation_flow WHERE enabled AND trigger_kind = 'SCHEDULE' "
				+ "ORDER BY created_at, id")
			.query(AutomationStore::automation).list();
	}

	/** The automation an inbound call names, with its sealed secret: the call has no organisation yet. */
	Optional<Sealed> forHook(UUID id) {
		return jdbc.sql("SELECT " + COLUMNS + ", hook_secret FROM automation_flow WHERE id = :id "
				+ "AND hook_secret IS NOT NULL")
			.param("id", id)
			.query((rs, n) -> new Sealed(automation(rs, n), rs.getBytes("hook_secret")))
			.optional();
	}

	/** Every automation with a secret, for sealing them again under a new master key. */
	List<Sealed> allSealed() {
		return jdbc.sql("SELECT " + COLUMNS + ", hook_secret FROM automation_flow WHERE hook_secret IS NOT NULL "
				+ "ORDER BY id FOR UPDATE")
			.query((rs, n) -> new Sealed(automation(rs, n), rs.getBytes("hook_secret")))
			.list();
	}

	void secret(UUID tenantId, UUID id, byte @Nullable [] sealed) {
		jdbc.sql("UPDATE automation_flow SET hook_secret = :secret WHERE tenant_id = :tenant AND id = :id")
			.param("secret", sealed).param("tenant", tenantId).param("id", id).update();
	}

	record Sealed(Automation automation, byte[] secret) {
	}

	private static Automation automation(ResultSet rs, int row) throws SQLException {
		return new Automation(rs.getObject("id", UUID.class), rs.getObject("tenant_id", UUID.class),
				rs.getObject("owner_id", UUID.class), rs.getString("name"), rs.getBoolean("enabled"),
				JSON.readValue(rs.getString("definition"), Definition.class), rs.getBoolean("has_secret"),
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
	}
}
