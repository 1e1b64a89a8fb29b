package dev.katib.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.katib.accounts.members.MemberStatus;
import dev.katib.accounts.members.Members;
import dev.katib.support.IntegrationTest;
import dev.katib.support.TestAccounts;
import dev.katib.support.TestAccounts.Account;
import dev.katib.support.TestAccounts.TestOrganisation;

class SignInIntegrationTests extends IntegrationTest {

	@Autowired
	Members members;

	ApiClient api;
	TestOrganisation organisation;

	@BeforeEach
	void setUp() {
		api = new ApiClient(baseUrl());
		organisation = accounts.organisation();
	}

	@Test
	void signsInForTokensThatDescribeTheMemberAndTheirOrganisation() {
		Account writer = accounts.member(organisation, Role.WRITER, Role.REVIEWER);

		var answer = api.post("/api/v1/auth/token", ApiClient.signIn(writer.email().toUpperCase(), TestAccounts.PASSWORD),
				null);

		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.text("token_type")).isEqualTo("Bearer");
		assertThat(answer.json().get("expires_in").asInt()).isEqualTo(900);
		assertThat(answer.text("refresh_token")).hasSizeGreaterThan(40);
		assertThat(answer.response().headers().firstValue("Cache-Control")).hasValue("no-store");
		var me = api.get("/api/v1/me", "Bearer " + answer.text("access_token"));
		assertThat(me.status()).isEqualTo(200);
		assertThat(me.text("email")).isEqualTo(writer.email());
		assertThat(me.json().get("roles").toString()).contains("WRITER", "REVIEWER");
		assertThat(me.json().get("organisation").get("id").asString()).isEqualTo(organisation.tenantId().toString());
		assertThat(me.json().get("organisation").get("timeZone").asString()).isEqualTo("Asia/Riyadh");
	}

	@Test
	void answersAWrongPasswordAndAnUnknownEmailIdentically() {
		Account viewer = accounts.member(organisation, Role.VIEWER);

		var wrongPassword = api.postFrom("198.51.100.11", "/api/v1/auth/token",
				ApiClient.signIn(viewer.email(), "not the password at all"));
		var unknownEmail = api.postFrom("198.51.100.12", "/api/v1/auth/token",
				ApiClient.signIn("nobody-" + viewer.email(), "not the password at all"));

		assertThat(wrongPassword.status()).isEqualTo(401).isEqualTo(unknownEmail.status());
		assertThat(withoutRequestIds(wrongPassword)).isEqualTo(withoutRequestIds(unknownEmail));
		assertThat(wrongPassword.text("type")).isEqualTo("urn:katib:problem:unauthorized");
	}

	@Test
	void refusesApiRequestsWithoutATokenWithAnUnauthorizedProblem() {
		var answer = api.get("/api/v1/me", null);

		assertThat(answer.status()).isEqualTo(401);
		assertThat(answer.text("type")).isEqualTo("urn:katib:problem:unauthorized");
		assertThat(answer.response().headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
				value -> assertThat(value).startsWith("Bearer"));
	}

	@Test
	void refusesAGarbledTokenWithAnUnauthorizedProblem() {
		var answer = api.get("/api/v1/me", "Bearer not.a.token");

		assertThat(answer.status()).isEqualTo(401);
		assertThat(answer.text("type")).isEqualTo("urn:katib:problem:unauthorized");
	}

	@Test
	void sendsBrowsersThatAreNotSignedInToTheSignInPage() {
		var answer = api.get("/members", null);

		assertThat(answer.status()).isEqualTo(302);
		assertThat(answer.response().headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).endsWith("/signin"));
	}

	@Test
	void showsOperationsEndpointsOnlyToOwnersAndAdministrators() {
		Account writer = accounts.member(organisation, Role.WRITER);

		var answer = api.get("/actuator/modulith", accounts.bearer(writer));

		assertThat(answer.status()).isEqualTo(403);
		assertThat(answer.text("type")).isEqualTo("urn:katib:problem:forbidden");
		assertThat(api.get("/actuator/modulith", accounts.bearer(organisation.owner())).status()).isEqualTo(200);
		assertThat(api.get("/actuator/modulith", null).status()).isEqualTo(401);
	}

	@Test
	void refusesADisabledMemberOnTheirNextRequestWithTheTokenTheyHold() {
		Account writer = accounts.member(organisation, Role.WRITER);
		String bearer = accounts.bearer(writer);
		assertThat(api.get("/api/v1/me", bearer).status()).isEqualTo(200);

		var member = members.find(writer.tenantId(), writer.memberId()).orElseThrow();
		members.changeStatus(writer.tenantId(), writer.memberId(), MemberStatus.DISABLED, member.version());

		assertThat(api.get("/api/v1/me", bearer).status()).isEqualTo(401);
	}

	@Test
	void appliesARoleChangeOnTheNextRequestWithTheTokenTheyHold() {
		Account writer = accounts.member(organisation, Role.WRITER);
		String bearer = accounts.bearer(writer);
		assertThat(api.get("/actuator/modulith", bearer).status()).isEqualTo(403);

		var member = members.find(writer.tenantId(), writer.memberId()).orElseThrow();
		members.changeRoles(writer.tenantId(), writer.memberId(), Set.of(Role.ADMIN), member.version());

		assertThat(api.get("/actuator/modulith", bearer).status()).isEqualTo(200);
		assertThat(api.get("/api/v1/me", bearer).json().get("roles").toString()).isEqualTo("[\"ADMIN\"]");
	}

	@Test
	void rotatesRefreshTokensAndRevokesTheWholeFamilyWhenASpentOneComesBack() {
		Account writer = accounts.member(organisation, Role.WRITER);
		String first = api.post("/api/v1/auth/token", ApiClient.signIn(writer.email(), TestAccounts.PASSWORD), null)
			.text("refresh_token");

		var rotated = api.post("/api/v1/auth/refresh", refresh(first), null);
		assertThat(rotated.status()).isEqualTo(200);
		String second = rotated.text("refresh_token");
		assertThat(api.get("/api/v1/me", "Bearer " + rotated.text("access_token")).status()).isEqualTo(200);

		var reused = api.post("/api/v1/auth/refresh", refresh(first), null);
		assertThat(reused.status()).isEqualTo(401);
		assertThat(reused.text("type")).isEqualTo("urn:katib:problem:unauthorized");
		assertThat(api.post("/api/v1/auth/refresh", refresh(second), null).status())
			.as("the newest token of the family is revoked too")
			.isEqualTo(401);
	}

	@Test
	void revokesTheRefreshTokenOnLogout() {
		Account writer = accounts.member(organisation, Role.WRITER);
		String token = api.post("/api/v1/auth/token", ApiClient.signIn(writer.email(), TestAccounts.PASSWORD), null)
			.text("refresh_token");

		assertThat(api.post("/api/v1/auth/logout", refresh(token), null).status()).isEqualTo(204);

		assertThat(api.post("/api/v1/auth/refresh", refresh(token), null).status()).isEqualTo(401);
	}

	@Test
	void givesNoTokensToAMemberWhoMustFirstChangeTheirPassword() {
		Account created = accounts.memberWhoMustChangePassword(organisation, Role.WRITER);

		var answer = api.post("/api/v1/auth/token", ApiClient.signIn(created.email(), TestAccounts.PASSWORD), null);

		assertThat(answer.status()).isEqualTo(403);
		assertThat(answer.text("type")).isEqualTo("urn:katib:problem:password-change-required");
	}

	private static String refresh(String token) {
		return ApiClient.json(Map.of("refresh_token", token));
	}

	private static Map<String, Object> withoutRequestIds(ApiClient.Answer answer) {
		Map<String, Object> body = new java.util.HashMap<>(
				ApiClient.JSON_MAPPER.convertValue(answer.json(), Map.class));
		body.remove("requestId");
		return body;
	}
}
