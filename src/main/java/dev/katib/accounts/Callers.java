package dev.katib.accounts;

import java.util.Optional;

/** Tells other modules who is calling. */
public interface Callers {

	/** The caller of the current request, if it is authenticated. */
	Optional<Caller> find();

	/**
	 * The caller of the current request.
	 *
	 * @throws dev.katib.platform.KatibException of type {@code unauthorized} when nobody is signed in
	 */
	Caller current();
}
