package dev.katib.knowledge;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import dev.katib.accounts.Caller;
import dev.katib.platform.AuditRecord;
import dev.katib.platform.AuditRecord.Outcome;
import dev.katib.platform.AuditableEvent;

/**
 * An administrator or writer changed the organisation's writing knowledge. The audit trail keeps who, what and
 * which entry, never the text of a rule, a reference letter or a recipient's details.
 *
 * @param action a stable dotted name, e.g. {@code letters.style-rule-added}
 * @param targetType the kind of entry, e.g. {@code style-rule}
 * @param targetId the entry's id or key
 * @param details a few short facts, such as the category
 */
public record KnowledgeChanged(UUID tenantId, UUID actorId, String actor, @Nullable String address, String action,
		String targetType, String targetId, Map<String, String> details, Instant occurredAt) implements AuditableEvent {

	public KnowledgeChanged {
		details = Map.copyOf(details);
	}

	static KnowledgeChanged by(Caller caller, String action, String targetType, Object targetId,
			Map<String, String> details, Instant at) {
		return new KnowledgeChanged(caller.tenantId(), caller.userId(), caller.name(), caller.sourceAddress(),
				"letters." + action, targetType, targetId.toString(), details, at);
	}

	@Override
	public AuditRecord audit() {
		return new AuditRecord(tenantId, actorId, actor, action, targetType, targetId, Outcome.SUCCESS, address,
				occurredAt, details);
	}
}
