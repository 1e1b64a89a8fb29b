package dev.katib.accounts.passwords;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import dev.katib.accounts.members.Members;
import dev.katib.accounts.signin.BrowserSessions;
import dev.katib.accounts.signin.SignInThrottle;
import dev.katib.accounts.tokens.RefreshTokens;

/**
 * Sets a member's password and ends what the old one opened: refresh tokens and other browser
 * sessions, so a stolen password stops working everywhere once it is changed.
 */
@Component
class Credentials {

	private final Members members;
	private final PasswordEncoder passwords;
	private final RefreshTokens refreshTokens;
	private final BrowserSessions sessions;
	private final SignInThrottle throttle;

	Credentials(Members members, PasswordEncoder passwords, RefreshTokens refreshTokens, BrowserSessions sessions,
			SignInThrottle throttle) {
		this.members = members;
		this.passwords = passwords;
		this.refreshTokens = refreshTokens;
		this.sessions = sessions;
		this.throttle = throttle;
	}

	/**
	 * @param keepSession the sign-in the member changes it from, which stays open: a browser session or an
	 *        API sign-in; every other one ends, access tokens included
	 */
	void replace(UUID tenantId, UUID memberId, String password, @Nullable String keepSession) {
		members.changePassword(tenantId, memberId, passwords.encode(password), false);
		refreshTokens.revokeAllBut(tenantId, memberId, uuidOrNull(keepSession));
		sessions.endAllBut(tenantId, memberId, uuidOrNull(keepSession));
		throttle.unlock(memberId);
	}

	private static @Nullable UUID uuidOrNull(@Nullable String id) {
		try {
			return id == null ? null : UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	boolean matches(UUID tenantId, UUID memberId, String password) {
		return members.passwordHash(tenantId, memberId).map(hash -> passwords.matches(password, hash)).orElse(false);
	}
}
