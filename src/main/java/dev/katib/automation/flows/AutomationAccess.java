package dev.katib.automation.flows;

import java.util.UUID;

import org.springframework.stereotype.Component;

import dev.katib.accounts.Caller;
import dev.katib.accounts.Permission;
import dev.katib.accounts.Role;
import dev.katib.platform.KatibException;
import dev.katib.platform.ProblemType;

/**
 * Who may do what with automations, in one place, as with batch runs: reading one shows records, so it takes the
 * right to use data sources; making one also the right to write letters; changing or running one is for the member
 * who saved it, or for those who manage every member's letters. Another organisation's automation is not found.
 */
@Component
class AutomationAccess {

	private final AutomationStore automations;

	AutomationAccess(AutomationStore automations) {
		this.automations = automations;
	}

	void requireRead(Caller caller) {
		Permission.USE_SOURCES.require(caller);
	}

	void requireCreate(Caller caller) {
		Permission.USE_SOURCES.require(caller);
		Permission.WRITE_LETTERS.require(caller);
	}

	Automation readable(Caller caller, UUID id) {
		requireRead(caller);
		return automations.get(caller.tenantId(), id);
	}

	Automation controllable(Caller caller, UUID id) {
		Automation automation = readable(caller, id);
		Permission.WRITE_LETTERS.require(caller);
		if (!automation.ownerId().equals(caller.userId())
				&& !caller.hasAnyRole(Permission.MANAGE_LETTERS.roles().toArray(Role[]::new))) {
			throw new KatibException(ProblemType.FORBIDDEN, "Only the member who saved the automation, an owner or an "
					+ "administrator may change, run or retry it.");
		}
		return automation;
	}
}
