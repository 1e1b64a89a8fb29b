package dev.katib.accounts;

import java.util.Map;

import org.springframework.stereotype.Component;

import dev.katib.platform.KatibException;
import dev.katib.platform.ProblemType;

/**
 * Decides whether the current caller may do something. Every service checks here before it acts,
 * so the API refuses what the UI hides.
 */
@Component
public class AccessPolicy {

	private final Callers callers;

	AccessPolicy(Callers callers) {
		this.callers = callers;
	}

	/**
	 * The current caller, if they hold the permission.
	 *
	 * @throws KatibException {@code unauthorized} when nobody is signed in, {@code forbidden} when the
	 * caller's roles do not grant the permission
	 */
	public Caller require(Permission permission) {
		Caller caller = callers.current();
		if (!permission.isGrantedTo(caller.roles())) {
			throw new KatibException(ProblemType.FORBIDDEN, "Your roles do not allow this.",
					Map.of("permission", permission.name()));
		}
		return caller;
	}

	/** Whether the current caller holds the permission; false when nobody is signed in. */
	public boolean allows(Permission permission) {
		return callers.find().map(caller -> permission.isGrantedTo(caller.roles())).orElse(false);
	}
}
