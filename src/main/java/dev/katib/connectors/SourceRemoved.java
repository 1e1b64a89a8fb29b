package dev.katib.connectors;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import dev.katib.platform.AuditRecord;
import dev.katib.platform.AuditableEvent;

/** A data source was removed, with its credential, mappings and built-in tables. */
public record SourceRemoved(UUID tenantId, UUID actorId, String actor, UUID sourceId, SourceKind kind, String name,
		@Nullable String sourceAddress, Instant at) implements AuditableEvent {

	@Override
	public AuditRecord audit() {
		return new AuditRecord(tenantId, actorId, actor, "connectors.source-removed", "data-source",
				sourceId.toString(), AuditRecord.Outcome.SUCCESS, sourceAddress, at,
				Map.of("kind", kind.name(), "name", name));
	}
}
