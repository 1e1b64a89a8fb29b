package dev.katib.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.katib.support.IntegrationTest;
import dev.katib.support.TestAccounts;
import dev.katib.support.TestAccounts.Account;

class PasswordResetIntegrationTests extends IntegrationTest {

	private static final String NEW_PASSWORD = "velvet caravan whispers 1448";

	@Autowired
	JdbcClient jdbc;

	ApiClient api;
	OutboxReader outbox;
	Account member;

	@BeforeEach
	void setUp() {
		api = new ApiClient(baseUrl());
		outbox = new OutboxReader(jdbc);
		member = accounts.member(accounts.organisation(), Role.WRITER);
	}

	@Test
	void answersTheSameForKnownAndUnknownAddressesButMailsOnlyTheMember() {
		var known = api.post("/api/v1/password-resets", ApiClient.json(Map.of("email", member.email())), null);
		var unknown = api.post("/api/v1/password-resets",
				ApiClient.json(Map.of("email", "nobody-" + member.email())), null);

		assertThat(known.status()).isEqualTo(202).isEqualTo(unknown.status());
		assertThat(known.body()).isEqualTo(unknown.body());
		assertThat(outbox.count(member.email())).isEqualTo(1);
		assertThat(outbox.count("nobody-" + member.email())).isZero();
		assertThat(outbox.latestText(member.email())).contains("/password/reset?token=");
	}

	@Test
	void setsTheNewPasswordOnceThroughTheLink() {
		api.post("/api/v1/password-resets", ApiClient.json(Map.of("email", member.email())), null);
		String token = outbox.latestToken(member.email());
		String oldRefresh = api.post("/api/v1/auth/token", ApiClient.signIn(member.email(), TestAccounts.PASSWORD), null)
			.text("refresh_token");

		assertThat(complete(token, NEW_PASSWORD).status()).isEqualTo(204);

		assertThat(api.post("/api/v1/auth/token", ApiClient.signIn(member.email(), NEW_PASSWORD), null).status())
			.isEqualTo(200);
		assertThat(api.post("/api/v1/auth/token", ApiClient.signIn(member.email(), TestAccounts.PASSWORD), null)
			.status()).isEqualTo(401);
		assertThat(api.post("/api/v1/auth/refresh", ApiClient.json(Map.of("refresh_token", oldRefresh)), null)
			.status()).as("refresh tokens of the old password are revoked").isEqualTo(401);
		var again = complete(token, "another fine passphrase 99");
		assertThat(again.status()).isEqualTo(400);
		assertThat(again.text("type")).isEqualTo("urn:katib:problem:link-invalid");
	}

	@Test
	void refusesALinkOlderThanThirtyMinutes() {
		api.post("/api/v1/password-resets", ApiClient.json(Map.of("email", member.email())), null);
		String token = outbox.latestToken(member.email());

		clock.advance(Duration.ofMinutes(31));

		assertThat(complete(token, NEW_PASSWORD).text("type")).isEqualTo("urn:katib:problem:link-invalid");
	}

	@Test
	void refusesACommonPasswordAndKeepsTheLinkValid() {
		api.post("/api/v1/password-resets", ApiClient.json(Map.of("email", member.email())), null);
		String token = outbox.latestToken(member.email());

		var weak = complete(token, "password1234");

		assertThat(weak.status()).isEqualTo(400);
		assertThat(weak.text("type")).isEqualTo("urn:katib:problem:validation-failed");
		assertThat(weak.json().get("errors").get(0).get("code").asString()).isEqualTo("TOO_GUESSABLE");
		assertThat(complete(token, NEW_PASSWORD).status()).isEqualTo(204);
	}

	@Test
	void changesAPasswordOnlyWithTheCurrentOne() {
		String bearer = accounts.bearer(member);

		var wrong = api.post("/api/v1/me/password",
				ApiClient.json(Map.of("currentPassword", "not my password", "newPassword", NEW_PASSWORD)), bearer);
		var right = api.post("/api/v1/me/password",
				ApiClient.json(Map.of("currentPassword", TestAccounts.PASSWORD, "newPassword", NEW_PASSWORD)), bearer);

		assertThat(wrong.status()).isEqualTo(400);
		assertThat(wrong.text("type")).isEqualTo("urn:katib:problem:validation-failed");
		assertThat(wrong.text("field")).isEqualTo("currentPassword");
		assertThat(right.status()).isEqualTo(204);
		assertThat(api.post("/api/v1/auth/token", ApiClient.signIn(member.email(), NEW_PASSWORD), null).status())
			.isEqualTo(200);
	}

	private ApiClient.Answer complete(String token, String password) {
		return api.post("/api/v1/password-resets/complete",
				ApiClient.json(Map.of("token", token, "password", password)), null);
	}
}
