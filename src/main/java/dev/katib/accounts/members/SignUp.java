package dev.katib.accounts.members;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.katib.accounts.AccountEvent.Actor;
import dev.katib.accounts.configuration.AccountsProperties;
import dev.katib.platform.KatibException;

/** Self-service sign-up: a new organisation with its owner, when {@code KATIB_SIGNUP_ENABLED=true}. */
@Service
public class SignUp {

	private final Enrolment enrolment;
	private final AccountsProperties properties;

	SignUp(Enrolment enrolment, AccountsProperties properties) {
		this.enrolment = enrolment;
		this.properties = properties;
	}

	public boolean enabled() {
		return properties.signupEnabled();
	}

	@Transactional
	public Member signUp(Enrolment.NewOrganisation request, Actor actor) {
		if (!enabled()) {
			throw KatibException.notFound("Sign-up");
		}
		return enrolment.enrol(request, actor);
	}
}
