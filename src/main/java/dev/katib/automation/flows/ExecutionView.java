package dev.katib.automation.flows;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An execution as the API and the pages show it.
 *
 * @param trigger what started it: {@code MANUAL}, {@code SCHEDULE}, {@code RECORD}, {@code HOOK} or {@code LETTER}
 * @param triggerData what the trigger brought
 * @param fields the fields its steps read and merged, as they are now
 * @param currentStep the step it is at, waits at or failed at; {@code null} once done
 * @param waitingFor what it waits for, while waiting: the letter and {@code DRAFTED}, {@code APPROVED},
 *        {@code SIGNED} or {@code ARCHIVED}
 * @param problem why it failed, as a problem detail
 * @param steps every attempt at every step, in order (empty in lists)
 */
record ExecutionView(UUID id, UUID automationId, ExecutionStatus status, TriggerKind trigger,
		Map<String, Object> triggerData, Map<String, String> fields, @Nullable String currentStep,
		@Nullable Waiting waitingFor, @Nullable Map<String, Object> problem, Instant createdAt, Instant updatedAt,
		@Nullable Instant finishedAt, List<StepRun> steps) {

	/** What a waiting execution waits for. */
	record Waiting(UUID letterId, String until) {
	}

	static ExecutionView of(Execution execution, List<StepRun> steps) {
		Waiting waiting = execution.status() == ExecutionStatus.WAITING && execution.waitLetterId() != null
				? new Waiting(execution.waitLetterId(), String.valueOf(execution.waitFor())) : null;
		return new ExecutionView(execution.id(), execution.automationId(), execution.status(),
				execution.triggerKind(), execution.triggerData(), execution.context(), execution.currentStep(), waiting,
				execution.problem(), execution.createdAt(), execution.updatedAt(), execution.finishedAt(), steps);
	}
}
