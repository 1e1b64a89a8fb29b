package dev.katib.automation.flows;

import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import dev.katib.accounts.Caller;
import dev.katib.platform.KatibException;

/**
 * Runs an execution's steps from where it is until it ends, fails, or waits for a letter. Each attempt at a step is
 * kept with its input, output, duration and error; where the execution is, is stored after every step, so a
 * failure is retried from the step that failed and a wait resumes at the step that waits.
 */
@Component
class ExecutionRunner {

	private static final Logger log = LoggerFactory.getLogger(ExecutionRunner.class);

	private final ExecutionStore executions;
	private final StepRunStore runs;
	private final FlowSteps steps;
	private final LetterSteps letters;
	private final AutomationStore automations;
	private final AutomationOwners owners;
	private final Clock clock;

	ExecutionRunner(ExecutionStore executions, StepRunStore runs, FlowSteps steps, LetterSteps letters,
			AutomationStore automations, AutomationOwners owners, Clock clock) {
		this.executions = executions;
		this.runs = runs;
		this.steps = steps;
		this.letters = letters;
		this.automations = automations;
		this.owners = owners;
		this.clock = clock;
	}

	/** Runs the execution if it is queued or waiting and no other process has just taken it. */
	void advance(UUID tenantId, UUID executionId) {
		if (!executions.claim(tenantId, executionId, clock.instant())) {
			return;
		}
		Execution execution = executions.get(tenantId, executionId);
		Map<String, String> context = new HashMap<>(execution.context());
		Caller caller;
		try {
			Automation automation = automations.get(tenantId, execution.automationId());
			caller = owners.of(tenantId, automation.ownerId());
		}
		catch (KatibException refused) {
			fail(execution, context, execution.currentStep(), RunProblems.of(refused));
			return;
		}
		String at = execution.currentStep();
		while (at != null) {
			Step step = execution.definition().step(at).orElse(null);
			if (step == null) {
				fail(execution, context, at, Map.of("title", "Unknown step", "detail", "The step " + at + " is gone."));
				return;
			}
			StepRun run = runs.begin(tenantId, executionId, step, FlowSteps.input(step, context), clock.instant());
			StepOutcome outcome = attempt(caller, execution, step, run.attempt(), context);
			switch (outcome) {
				case StepOutcome.Done done -> {
					context.putAll(done.fields());
					runs.end(run, "DONE", done.output(), null, clock.instant());
					at = done.jump() == null ? execution.definition().after(step)
							: Step.END.equals(done.jump()) ? null : done.jump();
					executions.progress(tenantId, executionId, ExecutionStatus.RUNNING, context, at, null, null, null,
							clock.instant());
				}
				case StepOutcome.Waiting waiting -> {
					context.putAll(waiting.fields());
					runs.end(run, "WAITING", waiting.output(), null, clock.instant());
					executions.progress(tenantId, executionId, ExecutionStatus.WAITING, context, at, waiting.letterId(),
							waiting.waitFor(), null, clock.instant());
					// the letter may have got there between the look and the wait being stored
					if (letters.reached(caller, waiting.letterId(), waiting.waitFor())) {
						advance(tenantId, executionId);
					}
					return;
				}
				case StepOutcome.Failed failed -> {
					runs.end(run, "FAILED", null, failed.problem(), clock.instant());
					fail(execution, context, at, failed.problem());
					return;
				}
			}
		}
		executions.progress(tenantId, executionId, ExecutionStatus.SUCCEEDED, context, null, null, null, null,
				clock.instant());
		log.info("Automation {} finished its execution {}", execution.automationId(), executionId);
	}

	private StepOutcome attempt(Caller caller, Execution execution, Step step, int attempt, Map<String, String> context) {
		try {
			return steps.run(caller, execution, step, attempt, context);
		}
		catch (KatibException problem) {
			return new StepOutcome.Failed(RunProblems.of(problem));
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			return StepOutcome.failed("Interrupted", "Katib was stopping; retry the step.");
		}
		catch (RuntimeException unexpected) {
			log.warn("Step {} of execution {} failed", step.id(), execution.id(), unexpected);
			return StepOutcome.failed("Step failed", "The step stopped on an unexpected error; retry it.");
		}
	}

	private void fail(Execution execution, Map<String, String> context, @Nullable String at,
			Map<String, Object> problem) {
		executions.progress(execution.tenantId(), execution.id(), ExecutionStatus.FAILED, context, at, null, null,
				new LinkedHashMap<>(problem), clock.instant());
		log.info("Automation {} execution {} failed at step {}", execution.automationId(), execution.id(), at);
	}
}
