package dev.katib.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.katib.support.IntegrationTest;
import dev.katib.support.TestAccounts.Account;
import dev.katib.support.TestAccounts.TestOrganisation;

/** Bad and hostile input to each accounts endpoint: a problem detail, and nothing changed. */
class HostileInputIntegrationTests extends IntegrationTest {

	private static final String INJECTION = "x' OR '1'='1'; DROP TABLE accounts_user; --<script>alert(1)</script>";

	ApiClient api;
	TestOrganisation organisation;
	Account admin;
	String bearer;

	@BeforeEach
	void setUp() {
		api = new ApiClient(baseUrl());
		organisation = accounts.organisation();
		admin = accounts.member(organisation, Role.ADMIN);
		bearer = accounts.bearer(admin);
	}

	@Test
	void answersMalformedAndMistypedBodiesWithProblems() {
		Map<String, String> bodies = Map.of("/api/v1/auth/token", "{\"email\": ", "/api/v1/auth/refresh",
				"{\"refresh_token\": {\"nested\": true}}", "/api/v1/members", "{\"email\": [1], \"roles\": \"OWNER\"}",
				"/api/v1/invitations", "{\"email\": \"a@b.c\", \"roles\": [\"EMPEROR\"]}", "/api/v1/api-keys",
				"{\"name\": \"k\", \"scopes\": [\"WRITER\"], \"expiresAt\": \"tomorrow\"}", "/api/v1/password-resets",
				"[]", "/api/v1/signup", "{\"organisation\": {}}");

		bodies.forEach((path, body) -> {
			var answer = api.post(path, body, bearer);
			assertThat(answer.status()).as(path).isEqualTo(400);
			assertThat(answer.text("type")).as(path).startsWith("urn:katib:problem:");
		});
		assertThat(memberCount()).isEqualTo(2);
	}

	@Test
	void refusesOversizedFieldsWithValidationProblems() {
		String huge = "a".repeat(5000);

		var signIn = api.post("/api/v1/auth/token", ApiClient.signIn(huge + "@example.org", huge), null);
		var member = api.post("/api/v1/members", ApiClient.json(Map.of("email", "fine@example.org", "name", huge,
				"roles", List.of("WRITER"), "password", "a perfectly good passphrase 12")), bearer);

		assertThat(signIn.text("type")).isEqualTo("urn:katib:problem:validation-failed");
		assertThat(member.text("type")).isEqualTo("urn:katib:problem:validation-failed");
		assertThat(memberCount()).isEqualTo(2);
	}

	@Test
	void treatsInjectionStringsAsPlainData() {
		var signIn = api.post("/api/v1/auth/token", ApiClient.signIn(INJECTION, INJECTION), null);
		var invite = api.post("/api/v1/invitations", ApiClient.json(Map.of("email", INJECTION, "roles",
				List.of("WRITER"))), bearer);
		var reset = api.post("/api/v1/password-resets", ApiClient.json(Map.of("email", INJECTION)), null);
		var member = api.get("/api/v1/members/" + INJECTION.replace(" ", "%20").replace("'", "%27")
			.replace(";", "%3B").replace("<", "%3C").replace(">", "%3E"), bearer);

		assertThat(signIn.status()).isEqualTo(401);
		assertThat(invite.text("type")).isEqualTo("urn:katib:problem:validation-failed");
		assertThat(reset.status()).isEqualTo(202);
		assertThat(member.status()).isEqualTo(400);
		assertThat(memberCount()).isEqualTo(2);
	}

	@Test
	void refusesUnknownRolesAndEmptyRoleSets() {
		var empty = api.patch("/api/v1/members/" + admin.memberId(), ApiClient.json(Map.of("roles", List.of())),
				bearer);
		var unknown = api.patch("/api/v1/members/" + admin.memberId(),
				ApiClient.json(Map.of("roles", List.of("SUPERUSER"))), bearer);

		assertThat(empty.text("type")).isEqualTo("urn:katib:problem:validation-failed");
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(api.get("/api/v1/me", bearer).json().get("roles").toString()).isEqualTo("[\"ADMIN\"]");
	}

	private int memberCount() {
		return api.get("/api/v1/members", accounts.bearer(organisation.owner())).json().size();
	}
}
