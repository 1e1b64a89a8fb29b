package dev.katib.automation.flows;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Takes over executions left running by a process that stopped in the middle of a step. A running execution
 * stores where it is after every step, and no step takes more than a few seconds (drafting and waiting are not
 * held), so one untouched for {@link #ABANDONED} has no process running it; of several processes that find it,
 * one takes it, and it goes on at the step it was at.
 */
@Component
class ExecutionRecovery {

	static final Duration ABANDONED = Duration.ofMinutes(10);
	private static final int AT_ONCE = 50;
	private static final Logger log = LoggerFactory.getLogger(ExecutionRecovery.class);

	private final ExecutionStore executions;
	private final ExecutionRunner runner;
	private final Clock clock;

	ExecutionRecovery(ExecutionStore executions, ExecutionRunner runner, Clock clock) {
		this.executions = executions;
		this.runner = runner;
		this.clock = clock;
	}

	@Scheduled(initialDelayString = "${katib.automation.recovery-interval:1m}",
			fixedDelayString = "${katib.automation.recovery-interval:1m}")
	void resumeAbandoned() {
		for (Execution execution : executions.abandoned(clock.instant(), AT_ONCE)) {
			log.info("Resuming execution {} of automation {}, left running at step {}", execution.id(),
					execution.automationId(), execution.currentStep());
			runner.advance(execution.tenantId(), execution.id());
		}
	}
}
