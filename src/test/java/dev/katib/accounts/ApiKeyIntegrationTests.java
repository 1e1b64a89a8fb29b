package dev.katib.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.katib.support.IntegrationTest;
import dev.katib.support.TestAccounts.Account;
import dev.katib.support.TestAccounts.TestOrganisation;

class ApiKeyIntegrationTests extends IntegrationTest {

	ApiClient api;
	TestOrganisation organisation;
	Account admin;

	@BeforeEach
	void setUp() {
		api = new ApiClient(baseUrl());
		organisation = accounts.organisation();
		admin = accounts.member(organisation, Role.ADMIN, Role.WRITER);
	}

	@Test
	void showsTheSecretOnceAndAcceptsItAsABearerToken() {
		var created = create(admin, List.of("WRITER"), Duration.ofDays(30));
		assertThat(created.status()).isEqualTo(201);
		String secret = created.text("secret");
		assertThat(secret).startsWith("katib_").hasSize(49);
		assertThat(created.json().get("key").get("prefix").asString()).isEqualTo(secret.substring(0, 12));

		var me = api.get("/api/v1/me", "Bearer " + secret);
		assertThat(me.status()).isEqualTo(200);
		assertThat(me.json().get("roles").toString()).isEqualTo("[\"WRITER\"]");

		var listed = api.get("/api/v1/api-keys", accounts.bearer(admin));
		assertThat(listed.body()).doesNotContain(secret).contains(secret.substring(0, 12)).contains("lastUsedAt");
	}

	@Test
	void refusesARevokedKey() {
		var created = create(admin, List.of("WRITER"), Duration.ofDays(30));
		String id = created.json().get("key").get("id").asString();

		assertThat(api.delete("/api/v1/api-keys/" + id, accounts.bearer(admin)).status()).isEqualTo(204);

		assertThat(api.get("/api/v1/me", "Bearer " + created.text("secret")).status()).isEqualTo(401);
	}

	@Test
	void refusesAnExpiredKey() {
		var created = create(admin, List.of("WRITER"), Duration.ofDays(1));

		clock.advance(Duration.ofDays(1).plusMinutes(1));

		assertThat(api.get("/api/v1/me", "Bearer " + created.text("secret")).status()).isEqualTo(401);
	}

	@Test
	void neverGivesAKeyMoreThanItsCreatorHolds() {
		assertThat(create(admin, List.of("OWNER"), Duration.ofDays(1)).status()).isEqualTo(400);
		assertThat(create(accounts.member(organisation, Role.WRITER), List.of("WRITER"), Duration.ofDays(1)).status())
			.isEqualTo(403);
	}

	@Test
	void anOwnerAloneMakesKeysForTheRolesBelowTheirs() {
		var created = create(organisation.owner(), List.of("WRITER", "REVIEWER"), Duration.ofDays(30));
		assertThat(created.status()).isEqualTo(201);

		var me = api.get("/api/v1/me", "Bearer " + created.text("secret"));
		assertThat(me.json().get("roles").toString()).isEqualTo("[\"WRITER\",\"REVIEWER\"]");
	}

	@Test
	void stopsWorkingWhenItsCreatorLosesTheRole() {
		var created = create(admin, List.of("ADMIN"), Duration.ofDays(30));
		String bearer = "Bearer " + created.text("secret");
		assertThat(api.get("/api/v1/members", bearer).status()).isEqualTo(200);

		api.patch("/api/v1/members/" + admin.memberId(), ApiClient.json(Map.of("roles", List.of("WRITER"))),
				accounts.bearer(organisation.owner()));

		assertThat(api.get("/api/v1/members", bearer).status()).isEqualTo(403);
	}

	private ApiClient.Answer create(Account creator, List<String> scopes, Duration lifetime) {
		return api.post("/api/v1/api-keys", ApiClient.json(Map.of("name", "Archive sync", "scopes", scopes,
				"expiresAt", clock.instant().plus(lifetime).toString())), accounts.bearer(creator));
	}
}
