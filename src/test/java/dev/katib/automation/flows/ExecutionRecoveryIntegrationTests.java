package dev.katib.automation.flows;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.katib.support.IntegrationTest;

/** An execution left running by a process that stopped mid-step is taken over at the step it was at. */
class ExecutionRecoveryIntegrationTests extends IntegrationTest {

	@Autowired
	AutomationStore automations;

	@Autowired
	ExecutionStore executions;

	@Autowired
	StepRunStore runs;

	@Autowired
	ExecutionRecovery recovery;

	@Test
	void anAbandonedExecutionGoesOnAtItsStepAndItsCutShortAttemptIsMarkedInterrupted() {
		var organisation = accounts.organisation();
		Step check = new Step("check", StepType.CONDITION, null, null, null, null, null, null, null, null,
				List.of(new FlowCondition("kind", "equals", "urgent")), null, null, null);
		Definition definition = new Definition(Trigger.manual(), List.of(), List.of(check));
		Instant longAgo = clock.instant().minus(ExecutionRecovery.ABANDONED).minusSeconds(60);
		Automation automation = new Automation(UUID.randomUUID(), organisation.tenantId(),
				organisation.owner().memberId(), "مستأنفة", true, definition, false, longAgo, longAgo);
		automations.insert(automation);
		UUID id = UUID.randomUUID();
		executions.insert(new Execution(id, organisation.tenantId(), automation.id(), ExecutionStatus.RUNNING,
				TriggerKind.MANUAL, "manual:" + id, Map.of(), definition, Map.of("kind", "urgent"), "check", null, null,
				null, longAgo, longAgo, null));
		runs.begin(organisation.tenantId(), id, check, Map.of(), longAgo);

		recovery.resumeAbandoned();

		Execution resumed = executions.get(organisation.tenantId(), id);
		assertThat(resumed.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
		assertThat(runs.of(organisation.tenantId(), id)).extracting(run -> run.attempt() + ":" + run.status())
			.containsExactly("1:FAILED", "2:DONE");
		assertThat(runs.of(organisation.tenantId(), id).getFirst().error()).containsEntry("title", "Interrupted");
	}
}
