package dev.katib.accounts.signin;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Signs a member in from the browser's sign-in form and opens a browser session for them. Every
 * refusal raises the same exception, so the page shows one generic message.
 */
class FormSignInProvider implements AuthenticationProvider {

	private final PasswordSignIn signIn;
	private final BrowserSessions sessions;
	private final java.time.Clock clock;

	FormSignInProvider(PasswordSignIn signIn, BrowserSessions sessions, java.time.Clock clock) {
		this.signIn = signIn;
		this.sessions = sessions;
		this.clock = clock;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String email = String.valueOf(authentication.getPrincipal());
		String password = String.valueOf(authentication.getCredentials());
		BrowserDetails details = authentication.getDetails() instanceof BrowserDetails d ? d
				: new BrowserDetails(null, null);
		if (!(signIn.attempt(email, password, details.address(), "browser") instanceof PasswordSignIn.Outcome.Accepted(
				var member))) {
			throw new BadCredentialsException("The e-mail or password is not right.");
		}
		var sessionId = sessions.start(member.tenantId(), member.id(), details.address(), details.userAgent());
		return new SessionAuthentication(new SessionMember(member.tenantId(), member.id(), sessionId, clock.instant()));
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}
}
