package dev.katib.accounts;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Confirms a signed-in member's password before a grave step, such as signing a letter. Wrong passwords count
 * like failed sign-ins: past the same threshold the member is refused for a while, so that a session left open
 * cannot be used to guess the password.
 */
public interface PasswordConfirmation {

	/**
	 * Whether this is the member's current password.
	 *
	 * @param address the client address the attempt came from, if known
	 * @throws dev.katib.platform.KatibException {@code rate-limited} while too many wrong passwords lock the
	 *         member out
	 */
	boolean confirm(UUID tenantId, UUID memberId, String password, @Nullable String address);
}
