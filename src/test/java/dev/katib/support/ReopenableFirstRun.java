package dev.katib.support;

import dev.katib.accounts.members.Members;
import dev.katib.accounts.setup.FirstRun;

/**
 * The first-run check of the test application. The test database always holds users (the test
 * application is bootstrapped headless, and tests create members), so a test that walks through
 * the setup page first reopens the first run; the next completed setup closes it again, exactly as
 * the first user's creation closes it in production.
 */
public final class ReopenableFirstRun extends FirstRun {

	private volatile boolean reopened;

	ReopenableFirstRun(Members members) {
		super(members);
	}

	/** Makes the setup page appear as on a fresh installation, until a setup completes. */
	public void reopen() {
		reopened = true;
	}

	@Override
	public boolean pending() {
		return reopened || super.pending();
	}

	@Override
	public void completed() {
		reopened = false;
		super.completed();
	}
}
