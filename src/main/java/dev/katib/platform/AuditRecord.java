package dev.katib.platform;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The facts the audit trail keeps about something that happened: who, what, to which object, from
 * where, when, and with what outcome. Never secrets, tokens or letter bodies.
 *
 * @param tenantId the organisation it happened in, if known (a failed sign-in may have none)
 * @param actorId the user or API key that acted, if known
 * @param actor a readable name for the actor (an e-mail, "api-key katib_ab12", "system")
 * @param action a stable dotted name, e.g. {@code accounts.sign-in} or {@code letters.approved}
 * @param targetType the kind of object acted upon, e.g. {@code user} or {@code letter}
 * @param targetId that object's id, if any
 * @param outcome whether it succeeded
 * @param sourceAddress the client address it came from, if it came over the network
 * @param occurredAt when, from the application clock
 * @param details a few more facts worth keeping, as short strings
 */
public record AuditRecord(@Nullable UUID tenantId, @Nullable UUID actorId, String actor, String action,
		String targetType, @Nullable String targetId, Outcome outcome, @Nullable String sourceAddress,
		Instant occurredAt, Map<String, String> details) {

	public AuditRecord {
		details = Map.copyOf(details);
	}

	/** How an audited action ended. */
	public enum Outcome {
		SUCCESS, FAILURE, DENIED
	}
}
