package dev.katib.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.katib.support.IntegrationTest;
import dev.katib.support.TestAccounts.Account;
import dev.katib.support.TestAccounts.TestOrganisation;

/** A member without the permission gets 403 before the body is read, not a 400 that describes the body. */
class PermissionBeforeValidationIntegrationTests extends IntegrationTest {

	ApiClient api;
	TestOrganisation organisation;
	String writer;
	String owner;

	@BeforeEach
	void setUp() {
		api = new ApiClient(baseUrl());
		organisation = accounts.organisation();
		writer = accounts.bearer(accounts.member(organisation, Role.WRITER));
		owner = accounts.bearer(organisation.owner());
	}

	@Test
	void refusesAMemberWithoutThePermissionBeforeLookingAtTheBody() {
		Account colleague = accounts.member(organisation, Role.VIEWER);
		Map<String, ApiClient.Answer> answers = Map.of(
				"create member", api.post("/api/v1/members", "{\"email\": 5, \"roles\": \"nobody\"}", writer),
				"change member", api.patch("/api/v1/members/" + colleague.memberId(), "{\"disabled\": 12345}", writer),
				"invite", api.post("/api/v1/invitations", "{\"roles\": [\"EMPEROR\"]}", writer),
				"api key", api.post("/api/v1/api-keys", "{}", writer),
				"quota", put("/api/v1/usage/quotas/organisation", "{\"letters\": -5}", writer),
				"audit", api.get("/api/v1/audit?outcome=bogus&size=0", writer));

		answers.forEach((what, answer) -> {
			assertThat(answer.status()).as(what).isEqualTo(403);
			assertThat(answer.text("type")).as(what).isEqualTo("urn:katib:problem:forbidden");
			assertThat(answer.body()).as(what).doesNotContain("errors");
		});
	}

	@Test
	void stillValidatesTheBodyOfAMemberWhoHasThePermission() {
		var answer = api.post("/api/v1/api-keys", "{}", owner);

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.text("type")).isEqualTo("urn:katib:problem:validation-failed");
	}

	private ApiClient.Answer put(String path, String json, String bearer) {
		try {
			var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
				.newBuilder(java.net.URI.create(baseUrl() + path))
				.header("Authorization", bearer)
				.header("Content-Type", "application/json")
				.PUT(java.net.http.HttpRequest.BodyPublishers.ofString(json))
				.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
			return new ApiClient.Answer(response.statusCode(), response.body(), response);
		}
		catch (java.io.IOException | InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
