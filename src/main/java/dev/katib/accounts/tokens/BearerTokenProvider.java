package dev.katib.accounts.tokens;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import dev.katib.accounts.members.Members;
import dev.katib.accounts.signin.CallerAuthentication;

/**
 * Turns the bearer token of an API request into its caller: an access token (JWT) or an API key
 * ({@code katib_…}). Either way the member is read from the database for this request, so a
 * disabled member or a changed role counts at once.
 */
@Component
public class BearerTokenProvider implements AuthenticationProvider {

	private final AccessTokens accessTokens;
	private final ApiKeys apiKeys;
	private final Members members;
	private final RevokedSessions revoked;

	BearerTokenProvider(AccessTokens accessTokens, ApiKeys apiKeys, Members members, RevokedSessions revoked) {
		this.accessTokens = accessTokens;
		this.apiKeys = apiKeys;
		this.members = members;
		this.revoked = revoked;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		BearerTokenAuthenticationToken bearer = (BearerTokenAuthenticationToken) authentication;
		String address = bearer.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress()
				: null;
		String token = bearer.getToken();
		if (token.startsWith(ApiKeys.PREFIX)) {
			return apiKeys.authenticate(token, address)
				.orElseThrow(() -> new InvalidBearerTokenException("The API key is not valid."));
		}
		return member(token, address);
	}

	private Authentication member(String token, @Nullable String address) {
		AccessTokens.Claims claims;
		try {
			claims = accessTokens.verify(token);
		}
		catch (JwtException ex) {
			throw new InvalidBearerTokenException("The access token is not valid.", ex);
		}
		if (isRevoked(claims.sessionId())) {
			throw new InvalidBearerTokenException("The sign-in of this access token has ended.");
		}
		var member = members.find(claims.tenantId(), claims.memberId())
			.orElseThrow(() -> new InvalidBearerTokenException("The access token is not valid."));
		if (!member.active()) {
			throw new DisabledException("The member is not active.");
		}
		return CallerAuthentication.of(member, address, claims.sessionId().toString());
	}

	private boolean isRevoked(java.util.UUID session) {
		try {
			return revoked.isRevoked(session);
		}
		catch (RuntimeException ex) {
			throw new AuthenticationServiceException("Whether the sign-in was revoked could not be checked.", ex);
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return BearerTokenAuthenticationToken.class.isAssignableFrom(authentication);
	}
}
