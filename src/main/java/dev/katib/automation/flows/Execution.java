package dev.katib.automation.flows;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One run of an automation, durable from the moment its trigger fires.
 *
 * @param fireKey what makes a firing unique for its automation (a schedule's fire time, a record, a hook's
 *        {@code webhook-id}): the same firing never starts two executions
 * @param triggerData what the trigger brought: the record's fields, the hook's body, the letter
 * @param definition the automation as it was when the execution started
 * @param context the fields steps read and merge: the trigger's, then what each step gave ({@code letter.id}, ...)
 * @param currentStep the step it is at, or stopped at; {@code null} once done
 * @param waitLetterId the letter it waits for, while {@link ExecutionStatus#WAITING}
 * @param waitFor what it waits for: {@code DRAFTED}, {@code APPROVED}, {@code SIGNED} or {@code ARCHIVED}
 */
record Execution(UUID id, UUID tenantId, UUID automationId, ExecutionStatus status, TriggerKind triggerKind,
		String fireKey, Map<String, Object> triggerData, Definition definition, Map<String, String> context,
		@Nullable String currentStep, @Nullable UUID waitLetterId, @Nullable String waitFor,
		@Nullable Map<String, Object> problem, Instant createdAt, Instant updatedAt, @Nullable Instant finishedAt) {
}
