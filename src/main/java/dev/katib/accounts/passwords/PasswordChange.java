package dev.katib.accounts.passwords;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.katib.accounts.AccountEvent;
import dev.katib.accounts.Callers;
import dev.katib.accounts.members.Members;
import dev.katib.platform.KatibException;
import dev.katib.platform.ProblemType;

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
	 * @throws KatibException {@code validation-failed} naming {@code currentPassword} (reason {@code wrong-password})
	 * when the current password is wrong, or naming {@code newPassword} when the new one is weak or the same as the
	 * current one
	 */
	@Transactional
	public void change(String current, String replacement, @Nullable String keepSession) {
		var caller = callers.current();
		var member = members.find(caller.tenantId(), caller.userId()).orElseThrow();
		if (current.length() > 1024 || !credentials.matches(caller.tenantId(), caller.userId(), current)) {
			throw new KatibException(ProblemType.VALIDATION_FAILED, "The current password is not right.",
					Map.of("field", "currentPassword", "errors", List.of(Map.of("field", "currentPassword", "message",
							"The current password is not right.", "reason", "wrong-password"))));
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
