package dev.katib.connectors;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import dev.katib.platform.AuditRecord;
import dev.katib.platform.AuditableEvent;

/**
 * A data source was connected; the audit trail keeps who did it, never the credential (its last four
 * characters at most).
 */
public record SourceConnected(UUID tenantId, UUID actorId, String actor, UUID sourceId, SourceKind kind, String name,
		@Nullable String credentialHint, @Nullable String sourceAddress, Instant at) implements AuditableEvent {

	@Override
	public AuditRecord audit() {
		return new AuditRecord(tenantId, actorId, actor, "connectors.source-connected", "data-source",
				sourceId.toString(), AuditRecord.Outcome.SUCCESS, sourceAddress, at,
				credentialHint == null ? Map.of("kind", kind.name(), "name", name)
						: Map.of("kind", kind.name(), "name", name, "credential", credentialHint));
	}
}
