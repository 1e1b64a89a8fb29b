package dev.katib.audit;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import dev.katib.platform.AuditRecord.Outcome;

/**
 * One entry of the audit trail as it is stored: the recorded facts, its place in its organisation's
 * chain, and the hashes that link it to the entry before it.
 *
 * @param id the entry's id
 * @param sequence its position in the chain, from 1, without gaps
 * @param tenantId the organisation whose chain holds it, or none for the chain of entries without one
 * @param actorId the user or API key that acted, if known
 * @param actor a readable name for the actor
 * @param action a stable dotted name of what happened
 * @param targetType the kind of object acted upon
 * @param targetId that object's id, if any
 * @param outcome how it ended
 * @param sourceAddress the client address it came from, if any
 * @param occurredAt when it happened
 * @param details a few more facts, as short strings
 * @param previousHash the hash of the entry before it (64 zeros for the first)
 * @param hash SHA-256 over this entry's fields and {@code previousHash}, in hexadecimal
 */
public record AuditEntry(UUID id, long sequence, @Nullable UUID tenantId, @Nullable UUID actorId, String actor,
		String action, String targetType, @Nullable String targetId, Outcome outcome, @Nullable String sourceAddress,
		Instant occurredAt, Map<String, String> details, String previousHash, String hash) {

	public AuditEntry {
		details = Map.copyOf(details);
	}
}
