package dev.katib.accounts.passwords;

import java.time.Clock;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.katib.accounts.AccountEvent;
import dev.katib.accounts.Callers;
import dev.katib.accounts.members.AccountProblems;
import dev.katib.accounts.members.Members;
import dev.katib.platform.KatibException;

/** A member changes their own password, proving they know the current one. */
@Service
public class PasswordChange {

	private final Callers callers;
	private final Members members;
	private final PasswordPolicy policy;
	private final Credentials credentials;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	PasswordChange(Callers callers, Members members, PasswordPolicy policy, Credentials credentials,
			ApplicationEventPublisher events, Clock clock) {
		this.callers = callers;
		this.members = members;
		this.policy = policy;
		this.credentials = credentials;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * @param keepSession the sign-in to keep open (a browser session or an API sign-in), if the change comes from one
	 * @throws KatibException {@code wrong-password} when the current password is wrong,
	 * {@code validation-failed} when the new one is weak or the same as the current one
	 */
	@Transactional
	public void change(String current, String replacement, @Nullable String keepSession) {
		var caller = callers.current();
		var member = members.find(caller.tenantId(), caller.userId()).orElseThrow();
		if (current.length() > 1024 || !credentials.matches(caller.tenantId(), caller.userId(), current)) {
			throw new KatibException(AccountProblems.WRONG_PASSWORD, "The current password is not right.");
		}
		policy.check(replacement, member.name(), member.email());
		if (replacement.equals(current)) {
			throw PasswordPolicy.refused(PasswordPolicy.Weakness.TOO_GUESSABLE);
		}
		credentials.replace(caller.tenantId(), caller.userId(), replacement, keepSession);
		events.publishEvent(new AccountEvent.PasswordChanged(AccountEvent.Actor.of(caller), caller.userId(),
				clock.instant()));
	}
}
