package dev.katib.automation.flows;

import java.util.UUID;

/**
 * An execution is stored and waits to run, from its first step or from the step it failed at. Published in the
 * transaction that stores it, so the event publication registry runs it after a restart too.
 */
public record ExecutionQueued(UUID tenantId, UUID executionId) {
}
