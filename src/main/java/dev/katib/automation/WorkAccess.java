package dev.katib.automation;

import java.util.UUID;

import dev.katib.accounts.Caller;
import dev.katib.accounts.Permission;
import dev.katib.accounts.Role;
import dev.katib.platform.KatibException;
import dev.katib.platform.ProblemType;

/**
 * Who may do what with the organisation's automated work, automations and batch runs alike, in one place: reading
 * shows records, so it takes the right to use data sources; creating also the right to write letters; controlling
 * (changing, running, pausing, retrying) is for the member who made it, or for those who manage every member's
 * letters. Public only because both of this module's packages ask it; finding the work by the caller's organisation
 * stays with them.
 */
public final class WorkAccess {

	private WorkAccess() {
	}

	public static void requireRead(Caller caller) {
		Permission.USE_SOURCES.require(caller);
	}

	public static void requireCreate(Caller caller) {
		Permission.USE_SOURCES.require(caller);
		Permission.WRITE_LETTERS.require(caller);
	}

	/**
	 * @param ownerId the member who saved the automation or created the run
	 * @throws KatibException {@code forbidden} unless the caller may control it
	 */
	public static void requireControl(Caller caller, UUID ownerId) {
		requireCreate(caller);
		if (!ownerId.equals(caller.userId())
				&& !caller.hasAnyRole(Permission.MANAGE_LETTERS.roles().toArray(Role[]::new))) {
			throw new KatibException(ProblemType.FORBIDDEN, "Only the member who made it, an owner or an "
					+ "administrator may change, run, pause or retry it.");
		}
	}
}
