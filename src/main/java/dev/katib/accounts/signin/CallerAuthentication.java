package dev.katib.accounts.signin;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import dev.katib.accounts.Caller;
import dev.katib.accounts.members.Member;

/**
 * The caller of one request, with the roles read from the database for this request. It is never
 * stored in a session: each request builds its own, so a role change or a disabled member takes
 * effect at once.
 */
public final class CallerAuthentication extends AbstractAuthenticationToken {

	private final transient Caller caller;

	public CallerAuthentication(Caller caller) {
		super(caller.roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList());
		this.caller = caller;
		setAuthenticated(true);
	}

	/** The member as they are stored now, calling from this address. */
	public static CallerAuthentication of(Member member, @Nullable String address) {
		return new CallerAuthentication(new Caller(member.tenantId(), member.id(), member.name(), member.roles(),
				Locale.forLanguageTag(member.language()), address));
	}

	public Caller caller() {
		return caller;
	}

	@Override
	public Object getCredentials() {
		return "";
	}

	@Override
	public Object getPrincipal() {
		return caller;
	}

	@Override
	public String getName() {
		return caller.userId().toString();
	}

}
