package dev.katib.accounts.signin;

import java.time.Clock;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.katib.accounts.AccountEvent;
import dev.katib.accounts.members.Member;
import dev.katib.accounts.members.Members;

/**
 * Checks an e-mail and password, the same way for the browser and the API. Every refusal looks the
 * same from outside: the same answer, and a password hash computed whether or not the e-mail
 * belongs to anybody, so neither the message nor the time tells whether an account exists.
 */
@Service
public class PasswordSignIn {

	/** The longest e-mail and password a sign-in looks at; longer input is refused before hashing. */
	static final int MAX_EMAIL = 254;
	static final int MAX_PASSWORD = 1024;

	private final Members members;
	private final PasswordEncoder passwords;
	private final SignInThrottle throttle;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final String dummyHash;

	PasswordSignIn(Members members, PasswordEncoder passwords, SignInThrottle throttle,
			ApplicationEventPublisher events, Clock clock) {
		this.members = members;
		this.passwords = passwords;
		this.throttle = throttle;
		this.events = events;
		this.clock = clock;
		this.dummyHash = passwords.encode("an unused password that only costs time");
	}

	/** How a sign-in attempt ended. */
	public sealed interface Outcome {

		/** The password is right and the member may sign in. */
		record Accepted(Member member) implements Outcome {
		}

		/** Refused; callers answer with one generic message whatever the reason. */
		record Refused(String reason) implements Outcome {
		}
	}

	@Transactional
	public Outcome attempt(String email, String password, @Nullable String address, String channel) {
		if (email.length() > MAX_EMAIL || password.length() > MAX_PASSWORD) {
			passwords.matches("", dummyHash);
			return refuse(null, "malformed", address, channel);
		}
		var credentials = members.credentials(email);
		String hash = credentials.map(Members.Credentials::passwordHash).orElse(null);
		Member member = credentials.map(Members.Credentials::member).orElse(null);
		if (throttle.blocked(member, address)) {
			passwords.matches(password, dummyHash);
			return refuse(member, "locked", address, channel);
		}
		boolean matches = passwords.matches(password, hash == null ? dummyHash : hash) && hash != null;
		if (!matches || member == null) {
			throttle.failed(member, address);
			return refuse(member, member == null ? "unknown-email" : "wrong-password", address, channel);
		}
		if (!member.active()) {
			return refuse(member, "member-" + member.status().name().toLowerCase(java.util.Locale.ROOT), address,
					channel);
		}
		throttle.succeeded(member, address);
		events.publishEvent(new AccountEvent.SignedIn(member.tenantId(), member.id(), member.email(), channel, address,
				clock.instant()));
		return new Outcome.Accepted(member);
	}

	private Outcome refuse(@Nullable Member member, String reason, @Nullable String address, String channel) {
		events.publishEvent(new AccountEvent.SignInFailed(member == null ? null : member.tenantId(),
				member == null ? null : member.id(), member == null ? null : member.email(), channel, reason, address,
				clock.instant()));
		return new Outcome.Refused(reason);
	}
}
