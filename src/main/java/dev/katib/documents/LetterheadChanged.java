package dev.katib.documents;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import dev.katib.platform.AuditRecord;
import dev.katib.platform.AuditRecord.Outcome;
import dev.katib.platform.AuditableEvent;

/**
 * A member changed the organisation's letterhead: created or replaced a draft version, or activated
 * one. The audit trail keeps who, what and which version; never the logo's bytes.
 *
 * @param change what was done
 * @param version the letterhead version it was done to
 */
public record LetterheadChanged(UUID tenantId, UUID actorId, String actor, @Nullable String address, Change change,
		int version, Instant occurredAt) implements AuditableEvent {

	/** What was done to a letterhead version. */
	public enum Change {

		DRAFT_CREATED("documents.letterhead-draft-created"), DRAFT_UPDATED("documents.letterhead-draft-updated"),
		ACTIVATED("documents.letterhead-activated");

		private final String action;

		Change(String action) {
			this.action = action;
		}

		public String action() {
			return action;
		}
	}

	@Override
	public AuditRecord audit() {
		return new AuditRecord(tenantId, actorId, actor, change.action(), "letterhead", Integer.toString(version),
				Outcome.SUCCESS, address, occurredAt, Map.of("version", Integer.toString(version)));
	}
}
