package dev.katib.accounts.tokens;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;

import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.stereotype.Component;

import dev.katib.accounts.Role;
import dev.katib.accounts.configuration.AccountsProperties;
import dev.katib.accounts.members.Member;
import dev.katib.platform.Ids;

/**
 * Issues and verifies the short-lived access tokens of the API: JWTs (RFC 9068 {@code at+jwt})
 * signed with RS256 and nothing else, naming their key ({@code kid}), issuer, audience, member
 * ({@code sub}), tenant and roles. The roles inside are for the client's information only: every
 * request reads the member's current roles from the database.
 */
@Component
public class AccessTokens {

	static final String TYPE = "at+jwt";
	static final String TENANT = "tenant";
	static final String ROLES = "roles";
	/** The sign-in (refresh-token family) the token was issued for, checked against revocations. */
	static final String SESSION = "sid";
	private static final Duration CLOCK_SKEW = Duration.ofSeconds(30);
	/**
	 * How long a token's checked signature and claims are remembered: a client sends the same token with every
	 * request for minutes, and checking an RS256 signature costs more than the rest of a small request. Short, so
	 * that a retired signing key stops its tokens soon; revocation is checked on every request regardless.
	 */
	private static final Duration REMEMBERED = Duration.ofSeconds(60);

	private final SigningKeys keys;
	private final Clock clock;
	private final AccountsProperties.Tokens settings;
	private final JwtDecoder decoder;
	private final Cache<String, Verified> verified = Caffeine.newBuilder()
		.maximumSize(10_000)
		.expireAfterWrite(REMEMBERED)
		.build();

	AccessTokens(SigningKeys keys, Clock clock, AccountsProperties properties) {
		this.keys = keys;
		this.clock = clock;
		this.settings = properties.tokens();
		this.decoder = decoder();
	}

	/** A signed access token. */
	public record AccessToken(String value, Instant expiresAt) {
	}

	/** What a verified access token says. */
	record Claims(UUID memberId, UUID tenantId, String tokenId, UUID sessionId) {
	}

	private record Verified(Claims claims, Instant expiresAt) {
	}

	/** A token for a sign-in of its own, which no refresh token continues. */
	public AccessToken issue(Member member) {
		return issue(member, Ids.newId(clock));
	}

	/** A token of a sign-in: it stops working as soon as that sign-in is revoked. */
	public AccessToken issue(Member member, UUID sessionId) {
		Instant now = clock.instant();
		Instant expiresAt = now.plus(settings.accessTokenLifetime());
		var signingKey = keys.signingKey();
		JwtClaimsSet claims = JwtClaimsSet.builder()
			.issuer(settings.issuer())
			.audience(List.of(settings.audience()))
			.subject(member.id().toString())
			.claim(TENANT, member.tenantId().toString())
			.claim(ROLES, member.roles().stream().map(Role::name).sorted().toList())
			.claim(SESSION, sessionId.toString())
			.id(Ids.newId(clock).toString())
			.issuedAt(now)
			.notBefore(now)
			.expiresAt(expiresAt)
			.build();
		JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).keyId(signingKey.getKeyID()).type(TYPE).build();
		var encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(signingKey)));
		return new AccessToken(encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue(), expiresAt);
	}

	/**
	 * Verifies signature, algorithm, type, issuer, audience and validity period.
	 *
	 * @throws JwtException when the token is not one this server issued, or no longer valid
	 */
	Claims verify(String token) {
		Verified known = verified.get(token, this::decode);
		if (clock.instant().isAfter(known.expiresAt().plus(CLOCK_SKEW))) {
			verified.invalidate(token);
			throw new JwtValidationException("The token has expired",
					List.of(new OAuth2Error("invalid_token", "Jwt expired at " + known.expiresAt(), null)));
		}
		return known.claims();
	}

	private Verified decode(String token) {
		Jwt jwt = decoder.decode(token);
		try {
			return new Verified(new Claims(UUID.fromString(jwt.getSubject()),
					UUID.fromString(jwt.getClaimAsString(TENANT)), jwt.getId(),
					UUID.fromString(jwt.getClaimAsString(SESSION))), jwt.getExpiresAt());
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			throw new org.springframework.security.oauth2.jwt.BadJwtException("The token names no member");
		}
	}

	private JwtDecoder decoder() {
		DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
		processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(new JOSEObjectType(TYPE)));
		processor.setJWSKeySelector(new JWSVerificationKeySelector<>(SigningKeys.ALGORITHM, keys.verificationKeys()));
		// the validators below check times against the application clock
		processor.setJWTClaimsSetVerifier((claims, context) -> {
		});
		NimbusJwtDecoder decoder = new NimbusJwtDecoder(processor);
		JwtTimestampValidator times = new JwtTimestampValidator(CLOCK_SKEW);
		times.setClock(clock);
		decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(times, new JwtIssuerValidator(settings.issuer()),
				new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
						audience -> audience != null && audience.contains(settings.audience())),
				new JwtClaimValidator<Object>(JwtClaimNames.EXP, expiry -> expiry != null),
				new JwtClaimValidator<Object>(JwtClaimNames.SUB, subject -> subject != null),
				new JwtClaimValidator<Object>(TENANT, tenant -> tenant != null),
				new JwtClaimValidator<Object>(SESSION, session -> session != null)));
		return decoder;
	}
}
