package dev.katib.accounts.signin;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/** The authentication a browser session keeps between requests: who signed in, and no authorities. */
final class SessionAuthentication extends AbstractAuthenticationToken {

	private final SessionMember member;

	SessionAuthentication(SessionMember member) {
		super(List.of());
		this.member = member;
		setAuthenticated(true);
	}

	SessionMember member() {
		return member;
	}

	@Override
	public Object getCredentials() {
		return "";
	}

	@Override
	public Object getPrincipal() {
		return member;
	}

	@Override
	public String getName() {
		return member.userId().toString();
	}
}
