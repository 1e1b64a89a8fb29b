package dev.katib.accounts.setup;

import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.stereotype.Component;

import dev.katib.accounts.members.Members;

/**
 * Whether Katib is still waiting for its first organisation: true while no user exists. Once a user
 * exists it stays false without asking the database again. Tests that walk through the first-run
 * setup on a database other tests have filled replace this bean with one they can reopen.
 */
@Component
public class FirstRun {

	private final Members members;
	private final AtomicBoolean done = new AtomicBoolean();

	public FirstRun(Members members) {
		this.members = members;
	}

	public boolean pending() {
		if (done.get()) {
			return false;
		}
		boolean pending = !members.anyExists();
		if (!pending) {
			done.set(true);
		}
		return pending;
	}

	/** Called once the first organisation and its owner exist. */
	public void completed() {
		done.set(true);
	}
}
