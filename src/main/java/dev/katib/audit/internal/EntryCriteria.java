package dev.katib.audit.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import dev.katib.audit.AuditFilter;

/**
 * A filter turned into the condition of a query on one organisation's entries. Values only ever
 * travel as parameters; the organisation is always part of the condition.
 */
record EntryCriteria(String where, Map<String, Object> params) {

	static EntryCriteria of(UUID tenant, AuditFilter filter) {
		StringBuilder where = new StringBuilder("tenant_id = :tenant");
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("tenant", tenant);
		if (filter.from() != null) {
			where.append(" AND occurred_at >= :from");
			params.put("from", AuditEntries.timestamp(filter.from()));
		}
		if (filter.to() != null) {
			where.append(" AND occurred_at < :to");
			params.put("to", AuditEntries.timestamp(filter.to()));
		}
		if (filter.action() != null) {
			where.append(" AND action = :action");
			params.put("action", filter.action());
		}
		if (filter.actor() != null) {
			where.append(" AND actor ILIKE :actor ESCAPE '\\'");
			params.put("actor", "%" + likeEscaped(filter.actor()) + "%");
		}
		if (filter.outcome() != null) {
			where.append(" AND outcome = :outcome");
			params.put("outcome", filter.outcome().name());
		}
		if (filter.targetType() != null) {
			where.append(" AND target_type = :targetType");
			params.put("targetType", filter.targetType());
		}
		if (filter.targetId() != null) {
			where.append(" AND target_id = :targetId");
			params.put("targetId", filter.targetId());
		}
		return new EntryCriteria(where.toString(), Map.copyOf(params));
	}

	private static String likeEscaped(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}
}
