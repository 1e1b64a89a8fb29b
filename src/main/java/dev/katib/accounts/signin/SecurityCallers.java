package dev.katib.accounts.signin;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import dev.katib.accounts.Caller;
import dev.katib.accounts.Callers;
import dev.katib.platform.KatibException;
import dev.katib.platform.ProblemType;

/** The caller of the current request, as the security filters resolved it from the database. */
@Component
class SecurityCallers implements Callers {

	@Override
	public Optional<Caller> find() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication instanceof CallerAuthentication caller ? Optional.of(caller.caller()) : Optional.empty();
	}

	@Override
	public Caller current() {
		return find().orElseThrow(() -> new KatibException(ProblemType.UNAUTHORIZED, "Sign in first."));
	}
}
