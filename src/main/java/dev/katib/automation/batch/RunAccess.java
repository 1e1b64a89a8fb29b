package dev.katib.automation.batch;

import java.util.UUID;

import org.springframework.stereotype.Component;

import dev.katib.accounts.Caller;
import dev.katib.accounts.Permission;
import dev.katib.platform.KatibException;
import dev.katib.platform.ProblemType;

/**
 * Who may do what with runs, in one place. Reading a run shows its records, so it takes the right to use data
 * sources; creating one also the right to write letters; controlling one is for its writer, or for those who
 * manage every member's letters. Another organisation's run is not found.
 */
@Component
class RunAccess {

	private final BatchRunStore runs;

	RunAccess(BatchRunStore runs) {
		this.runs = runs;
	}

	void requireRead(Caller caller) {
		Permission.USE_SOURCES.require(caller);
	}

	void requireCreate(Caller caller) {
		Permission.USE_SOURCES.require(caller);
		Permission.WRITE_LETTERS.require(caller);
	}

	BatchRun readable(Caller caller, UUID runId) {
		requireRead(caller);
		return runs.get(caller.tenantId(), runId);
	}

	BatchRun controllable(Caller caller, UUID runId) {
		BatchRun run = readable(caller, runId);
		requireControl(caller, run);
		return run;
	}

	void requireControl(Caller caller, BatchRun run) {
		Permission.WRITE_LETTERS.require(caller);
		if (!run.writerId().equals(caller.userId()) && !caller.hasAnyRole(Permission.MANAGE_LETTERS.roles()
			.toArray(dev.katib.accounts.Role[]::new))) {
			throw new KatibException(ProblemType.FORBIDDEN, "Only the member who created the run, an owner or an "
					+ "administrator may start, pause, resume, cancel or retry it.");
		}
	}
}
