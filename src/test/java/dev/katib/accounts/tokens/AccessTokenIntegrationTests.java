package dev.katib.accounts.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Date;
import java.util.List;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.katib.accounts.Role;
import dev.katib.support.IntegrationTest;
import dev.katib.support.TestAccounts.Account;

class AccessTokenIntegrationTests extends IntegrationTest {

	@Autowired
	SigningKeys keys;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void acceptsItsOwnTokens() throws Exception {
		Account writer = writer();

		assertThat(me(accounts.token(writer))).isEqualTo(200);
	}

	@Test
	void refusesATamperedToken() throws Exception {
		String token = accounts.token(writer());
		String[] parts = token.split("\\.");
		String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
			.replace("\"WRITER\"", "\"OWNER\"");
		String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
			.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

		assertThat(me(tampered)).isEqualTo(401);
	}

	@Test
	void refusesAnExpiredToken() throws Exception {
		String token = accounts.token(writer());

		clock.advance(Duration.ofMinutes(16));

		assertThat(me(token)).isEqualTo(401);
	}

	@Test
	void refusesATokenForAnotherAudience() throws Exception {
		Account writer = writer();

		assertThat(me(signed(writer, "another-api", JWSAlgorithm.RS256))).isEqualTo(401);
		assertThat(me(signed(writer, "katib-api", JWSAlgorithm.RS256))).as("the same token for our audience")
			.isEqualTo(200);
	}

	@Test
	void refusesAnUnsignedToken() throws Exception {
		Account writer = writer();
		String header = base64("{\"alg\":\"none\",\"typ\":\"at+jwt\"}");
		String claims = signed(writer, "katib-api", JWSAlgorithm.RS256).split("\\.")[1];

		assertThat(me(header + "." + claims + ".")).isEqualTo(401);
	}

	@Test
	void refusesATokenSignedWithTheSharedSecretAlgorithmUsingThePublicKey() throws Exception {
		Account writer = writer();
		byte[] publicKey = keys.signingKey().toPublicKey().getEncoded();
		SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(keys.signingKey().getKeyID())
			.type(new JOSEObjectType("at+jwt"))
			.build(), claims(writer, "katib-api"));
		jwt.sign(new MACSigner(publicKey));

		assertThat(me(jwt.serialize())).isEqualTo(401);
	}

	@Test
	void keepsAcceptingTokensOfTheOldKeyAfterARotation() throws Exception {
		Account writer = writer();
		String before = accounts.token(writer);
		String oldKid = keys.signingKey().getKeyID();

		keys.rotateNow();

		assertThat(keys.signingKey().getKeyID()).isNotEqualTo(oldKid);
		assertThat(me(before)).isEqualTo(200);
		assertThat(me(accounts.token(writer))).isEqualTo(200);
	}

	private Account writer() {
		return accounts.member(accounts.organisation(), Role.WRITER);
	}

	private String signed(Account account, String audience, JWSAlgorithm algorithm) throws Exception {
		var key = keys.signingKey();
		SignedJWT jwt = new SignedJWT(
				new JWSHeader.Builder(algorithm).keyID(key.getKeyID()).type(new JOSEObjectType("at+jwt")).build(),
				claims(account, audience));
		jwt.sign(new RSASSASigner(key));
		return jwt.serialize();
	}

	private JWTClaimsSet claims(Account account, String audience) {
		Date now = Date.from(clock.instant());
		return new JWTClaimsSet.Builder().issuer("katib")
			.audience(List.of(audience))
			.subject(account.memberId().toString())
			.claim("tenant", account.tenantId().toString())
			.claim("roles", List.of("WRITER"))
			.claim("sid", java.util.UUID.randomUUID().toString())
			.jwtID(java.util.UUID.randomUUID().toString())
			.issueTime(now)
			.notBeforeTime(now)
			.expirationTime(Date.from(clock.instant().plus(Duration.ofMinutes(5))))
			.build();
	}

	private static String base64(String json) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
	}

	private int me(String token) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/me"))
			.header("Authorization", "Bearer " + token)
			.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
	}
}
