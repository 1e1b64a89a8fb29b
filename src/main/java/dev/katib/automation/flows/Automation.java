package dev.katib.automation.flows;

import java.time.Instant;
import java.util.UUID;

/**
 * An organisation's automation.
 *
 * @param ownerId the member it runs as: who saved it last; their rights when it runs are what it may do
 * @param hookSecret whether it has a secret for inbound calls (the secret itself is sealed and never shown again)
 */
record Automation(UUID id, UUID tenantId, UUID ownerId, String name, boolean enabled, Definition definition,
		boolean hookSecret, Instant createdAt, Instant updatedAt) {

	TriggerKind triggerKind() {
		return definition.trigger().kind();
	}
}
