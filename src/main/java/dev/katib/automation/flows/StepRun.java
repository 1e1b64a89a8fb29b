package dev.katib.automation.flows;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One attempt at one step of an execution, as kept.
 *
 * @param seq its place among the execution's attempts, from 1
 * @param attempt the how-many-th attempt at this step, from 1 (a retry after a failure is the next)
 * @param status {@code RUNNING}, {@code WAITING}, {@code DONE} or {@code FAILED}
 * @param input what the step was given (its settings, merged with the execution's fields)
 * @param output what it gave
 * @param error why it failed, as a problem detail
 * @param durationMillis how long it took, waiting included
 */
record StepRun(UUID executionId, int seq, String stepId, StepType type, int attempt, String status,
		Map<String, Object> input, @Nullable Map<String, Object> output, @Nullable Map<String, Object> error,
		Instant startedAt, @Nullable Instant finishedAt, @Nullable Long durationMillis) {
}
