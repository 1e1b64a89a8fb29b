package dev.katib.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.katib.support.IntegrationTest;
import dev.katib.support.TestAccounts;
import dev.katib.support.TestAccounts.Account;

/**
 * Access tokens stop working the moment their sign-in ends, not when they expire: on refresh-token
 * reuse, at logout, and for the other sign-ins when the password changes.
 */
class TokenRevocationIntegrationTests extends IntegrationTest {

	ApiClient api;
	Account member;

	@BeforeEach
	void setUp() {
		api = new ApiClient(baseUrl());
		member = accounts.member(accounts.organisation(), Role.WRITER);
	}

	record SignIn(String bearer, String refreshToken) {
	}

	@Test
	void endsEveryAccessTokenOfASignInAtOnceWhenASpentRefreshTokenIsPresentedAgain() {
		SignIn first = signIn();
		var rotated = api.post("/api/v1/auth/refresh", refresh(first.refreshToken()), null);
		String rotatedBearer = "Bearer " + rotated.text("access_token");
		assertThat(me(rotatedBearer)).isEqualTo(200);

		var reused = api.post("/api/v1/auth/refresh", refresh(first.refreshToken()), null);

		assertThat(reused.status()).isEqualTo(401);
		assertThat(me(first.bearer())).as("the first access token").isEqualTo(401);
		assertThat(me(rotatedBearer)).as("the access token of the rotated refresh token").isEqualTo(401);
		assertThat(api.post("/api/v1/auth/refresh", refresh(rotated.text("refresh_token")), null).status())
			.isEqualTo(401);
	}

	@Test
	void endsTheAccessTokenOfASignInAtLogoutAndNoOther() {
		SignIn leaving = signIn();
		SignIn staying = signIn();

		var logout = api.post("/api/v1/auth/logout", refresh(leaving.refreshToken()), null);

		assertThat(logout.status()).isEqualTo(204);
		assertThat(me(leaving.bearer())).isEqualTo(401);
		assertThat(me(staying.bearer())).isEqualTo(200);
	}

	@Test
	void endsTheOtherSignInsButNotTheOneThatChangesThePassword() {
		SignIn changing = signIn();
		SignIn other = signIn();
		String newPassword = "a brand new harbour lantern 2027";

		var changed = api.post("/api/v1/me/password", ApiClient.json(Map.of("currentPassword", TestAccounts.PASSWORD,
				"newPassword", newPassword)), changing.bearer());

		assertThat(changed.status()).isEqualTo(204);
		assertThat(me(other.bearer())).as("another sign-in's access token").isEqualTo(401);
		assertThat(api.post("/api/v1/auth/refresh", refresh(other.refreshToken()), null).status()).isEqualTo(401);
		assertThat(me(changing.bearer())).as("the sign-in that changed it").isEqualTo(200);
		assertThat(api.post("/api/v1/auth/refresh", refresh(changing.refreshToken()), null).status()).isEqualTo(200);
	}

	private SignIn signIn() {
		var answer = api.post("/api/v1/auth/token", ApiClient.signIn(member.email(), TestAccounts.PASSWORD), null);
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		return new SignIn("Bearer " + answer.text("access_token"), answer.text("refresh_token"));
	}

	private int me(String bearer) {
		return api.get("/api/v1/me", bearer).status();
	}

	private static String refresh(String token) {
		return ApiClient.json(Map.of("refresh_token", token));
	}
}
