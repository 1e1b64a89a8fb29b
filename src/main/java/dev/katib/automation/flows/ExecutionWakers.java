package dev.katib.automation.flows;

import java.util.UUID;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

import dev.katib.letters.DraftingFailed;
import dev.katib.letters.LetterTransitioned;
import dev.katib.letters.VersionAdded;
import dev.katib.paper.LetterArchived;

/**
 * Runs executions when there is something to run: a queued one, and waiting ones when their letter moves (drafted,
 * approved, signed, archived). The events come through the event publication registry, so a restart delivers
 * what a stopped process had not handled; a waiting execution holds no thread meanwhile.
 */
@Component
class ExecutionWakers {

	private final ExecutionRunner runner;
	private final ExecutionStore executions;

	ExecutionWakers(ExecutionRunner runner, ExecutionStore executions) {
		this.runner = runner;
		this.executions = executions;
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(ExecutionQueued queued) {
		runner.advance(queued.tenantId(), queued.executionId());
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(LetterTransitioned transitioned) {
		wake(transitioned.tenantId(), transitioned.letterId());
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(LetterArchived archived) {
		wake(archived.tenantId(), archived.letterId());
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(VersionAdded added) {
		wake(added.tenantId(), added.letterId());
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(DraftingFailed failed) {
		wake(failed.tenantId(), failed.letterId());
	}

	private void wake(UUID tenantId, UUID letterId) {
		executions.waitingFor(tenantId, letterId).forEach(id -> runner.advance(tenantId, id));
	}
}
