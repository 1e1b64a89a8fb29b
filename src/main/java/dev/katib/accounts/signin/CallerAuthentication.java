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
	private final @Nullable String sessionId;

	public CallerAuthentication(Caller caller) {
		this(caller, null);
	}

	private CallerAuthentication(Caller caller, @Nullable String sessionId) {
		super(caller.roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList());
		this.caller = caller;
		this.sessionId = sessionId;
		setAuthenticated(true);
	}

	/**
	 * The member as they are stored now, calling from this address in this sign-in: a browser session's
	 * id, or an API sign-in's refresh-token family.
	 */
	public static CallerAuthentication of(Member member, @Nullable String address, @Nullable String sessionId) {
		return new CallerAuthentication(new Caller(member.tenantId(), member.id(), member.name(), member.roles(),
				Locale.forLanguageTag(member.language()), address), sessionId);
	}

	/** The sign-in this request belongs to; none for API keys. */
	public @Nullable String sessionId() {
		return sessionId;
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
