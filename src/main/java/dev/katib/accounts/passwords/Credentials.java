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

	/** @param keepSession the browser session the member changes it from, which stays open */
	void replace(UUID tenantId, UUID memberId, String password, @Nullable UUID keepSession) {
		members.changePassword(tenantId, memberId, passwords.encode(password), false);
		refreshTokens.revokeAll(tenantId, memberId);
		sessions.endAllBut(tenantId, memberId, keepSession);
		throttle.unlock(memberId);
	}

	boolean matches(UUID tenantId, UUID memberId, String password) {
		return members.passwordHash(tenantId, memberId).map(hash -> passwords.matches(password, hash)).orElse(false);
	}
}
