package dev.katib.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.katib.audit.AuditEntry;
import dev.katib.platform.AuditRecord.Outcome;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The audit tables: chain heads and the entries of each chain. */
@Repository
class AuditEntries {

	private static final TypeReference<Map<String, String>> DETAILS = new TypeReference<>() {
	};

	private static final String COLUMNS = "id, sequence, tenant_id, actor_id, actor, action, target_type, target_id,"
			+ " outcome, source_address, occurred_at, details::text AS details, previous_hash, hash";

	private final JdbcClient jdbc;
	private final JsonMapper json;

	AuditEntries(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * Locks the head of a chain, creating it when the chain has no entry yet, until the current
	 * transaction ends: appends to one chain happen one after another, whatever the concurrency.
	 */
	ChainHead lockHead(UUID chain) {
		jdbc.sql("INSERT INTO audit_chain (chain_id, last_sequence, last_hash) VALUES (:chain, 0, :genesis)"
				+ " ON CONFLICT (chain_id) DO NOTHING")
			.param("chain", chain)
			.param("genesis", EntryDigest.GENESIS)
			.update();
		return jdbc.sql("SELECT last_sequence, last_hash FROM audit_chain WHERE chain_id = :chain FOR UPDATE")
			.param("chain", chain)
			.query((rs, n) -> new ChainHead(rs.getLong(1), rs.getString(2)))
			.single();
	}

	ChainHead head(UUID chain) {
		return jdbc.sql("SELECT last_sequence, last_hash FROM audit_chain WHERE chain_id = :chain")
			.param("chain", chain)
			.query((rs, n) -> new ChainHead(rs.getLong(1), rs.getString(2)))
			.optional()
			.orElse(new ChainHead(0, EntryDigest.GENESIS));
	}

	void append(UUID chain, AuditEntry entry) {
		jdbc.sql("INSERT INTO audit_entry (id, chain_id, sequence, tenant_id, actor_id, actor, action, target_type,"
				+ " target_id, outcome, source_address, occurred_at, details, previous_hash, hash) VALUES (:id, :chain,"
				+ " :sequence, :tenant, :actorId, :actor, :action, :targetType, :targetId, :outcome, :source,"
				+ " :occurredAt, CAST(:details AS jsonb), :previousHash, :hash)")
			.param("id", entry.id())
			.param("chain", chain)
			.param("sequence", entry.sequence())
			.param("tenant", entry.tenantId())
			.param("actorId", entry.actorId())
			.param("actor", entry.actor())
			.param("action", entry.action())
			.param("targetType", entry.targetType())
			.param("targetId", entry.targetId())
			.param("outcome", entry.outcome().name())
			.param("source", entry.sourceAddress())
			.param("occurredAt", timestamp(entry.occurredAt()))
			.param("details", json.writeValueAsString(entry.details()))
			.param("previousHash", entry.previousHash())
			.param("hash", entry.hash())
			.update();
		jdbc.sql("UPDATE audit_chain SET last_sequence = :sequence, last_hash = :hash WHERE chain_id = :chain")
			.param("sequence", entry.sequence())
			.param("hash", entry.hash())
			.param("chain", chain)
			.update();
	}

	/** Entries of a chain after the given position, in chain order, at most {@code limit}. */
	List<AuditEntry> chainAfter(UUID chain, long afterSequence, int limit) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM audit_entry WHERE chain_id = :chain AND sequence > :after"
				+ " ORDER BY sequence LIMIT :limit")
			.param("chain", chain)
			.param("after", afterSequence)
			.param("limit", limit)
			.query(this::entry)
			.list();
	}

	/** A page of one organisation's entries matching the criteria, newest first. */
	List<AuditEntry> page(EntryCriteria criteria, int offset, int limit) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM audit_entry WHERE " + criteria.where()
				+ " ORDER BY sequence DESC OFFSET :offset LIMIT :limit")
			.params(criteria.params())
			.param("offset", offset)
			.param("limit", limit)
			.query(this::entry)
			.list();
	}

	long count(EntryCriteria criteria) {
		return jdbc.sql("SELECT count(*) FROM audit_entry WHERE " + criteria.where())
			.params(criteria.params())
			.query(Long.class)
			.single();
	}

	/** One organisation's entries matching the criteria after the given position, oldest first. */
	List<AuditEntry> after(EntryCriteria criteria, long afterSequence, int limit) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM audit_entry WHERE " + criteria.where()
				+ " AND sequence > :after ORDER BY sequence LIMIT :limit")
			.params(criteria.params())
			.param("after", afterSequence)
			.param("limit", limit)
			.query(this::entry)
			.list();
	}

	List<String> actions(UUID tenant) {
		return jdbc.sql("SELECT DISTINCT action FROM audit_entry WHERE tenant_id = :tenant ORDER BY action LIMIT 500")
			.param("tenant", tenant)
			.query(String.class)
			.list();
	}

	static OffsetDateTime timestamp(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private AuditEntry entry(ResultSet rs, int row) throws SQLException {
		return new AuditEntry(rs.getObject("id", UUID.class), rs.getLong("sequence"), uuid(rs, "tenant_id"),
				uuid(rs, "actor_id"), rs.getString("actor"), rs.getString("action"), rs.getString("target_type"),
				rs.getString("target_id"), Outcome.valueOf(rs.getString("outcome")), rs.getString("source_address"),
				rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
				json.readValue(rs.getString("details"), DETAILS), rs.getString("previous_hash"), rs.getString("hash"));
	}

	private static @Nullable UUID uuid(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, UUID.class);
	}

	/** The last entry of a chain: its position and hash. */
	record ChainHead(long lastSequence, String lastHash) {
	}
}
