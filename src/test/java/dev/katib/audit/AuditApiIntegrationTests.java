package dev.katib.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;

import dev.katib.accounts.Role;
import dev.katib.platform.AuditRecord.Outcome;
import dev.katib.support.IntegrationTest;
import dev.katib.support.TestAccounts.Account;
import dev.katib.support.TestAccounts.TestOrganisation;

class AuditApiIntegrationTests extends IntegrationTest {

	@Autowired
	ApplicationEventPublisher events;

	@Test
	void anOwnerListsTheirOrganisationsEntriesNewestFirst() {
		TestOrganisation org = accounts.organisation();
		record(org.tenantId(), "letters.drafted", Outcome.SUCCESS);
		record(org.tenantId(), "letters.signed", Outcome.SUCCESS);

		client().get()
			.uri("/api/v1/audit?action=letters.signed")
			.header("Authorization", accounts.bearer(org.owner()))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.total").isEqualTo(1)
			.jsonPath("$.entries[0].action").isEqualTo("letters.signed")
			.jsonPath("$.entries[0].hash").value(hash -> assertThat(hash.toString()).hasSize(64));
	}

	@Test
	void anAdminOfAnotherOrganisationSeesNoneOfItsEntries() {
		TestOrganisation org = accounts.organisation();
		record(org.tenantId(), "letters.drafted", Outcome.SUCCESS);
		TestOrganisation other = accounts.organisation();
		Account otherAdmin = accounts.member(other, Role.ADMIN);

		client().get()
			.uri("/api/v1/audit?action=letters.drafted")
			.header("Authorization", accounts.bearer(otherAdmin))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.total").isEqualTo(0);
	}

	@Test
	void membersWhoAreNeitherOwnerNorAdminAreRefused() {
		TestOrganisation org = accounts.organisation();
		for (Role role : new Role[] { Role.WRITER, Role.REVIEWER, Role.SIGNER, Role.VIEWER }) {
			String bearer = accounts.bearer(accounts.member(org, role));
			for (String path : new String[] { "/api/v1/audit", "/api/v1/audit/verify", "/api/v1/audit/export" }) {
				client().get().uri(path).header("Authorization", bearer).exchange()
					.expectStatus().isForbidden()
					.expectBody().jsonPath("$.type").isEqualTo("urn:katib:problem:forbidden");
			}
		}
		client().get().uri("/api/v1/audit").exchange().expectStatus().isUnauthorized();
	}

	@Test
	void verifiesTheChainOfTheCallersOrganisation() {
		TestOrganisation org = accounts.organisation();
		record(org.tenantId(), "letters.drafted", Outcome.SUCCESS);

		client().get()
			.uri("/api/v1/audit/verify")
			.header("Authorization", accounts.bearer(org.owner()))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.intact").isEqualTo(true)
			.jsonPath("$.checked").value(checked -> assertThat(((Number) checked).longValue()).isPositive());
	}

	@Test
	void exportsTheFilteredEntriesAsACsvDownload() {
		TestOrganisation org = accounts.organisation();
		record(org.tenantId(), "letters.drafted", Outcome.FAILURE);

		var result = client().get()
			.uri("/api/v1/audit/export?outcome=FAILURE")
			.header("Authorization", accounts.bearer(org.owner()))
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.parseMediaType("text/csv"))
			.expectHeader()
			.value("Content-Disposition", d -> assertThat(d).startsWith("attachment; filename=\"katib-audit-"))
			.returnResult(byte[].class);

		String csv = new String(result.getResponseBody(), java.nio.charset.StandardCharsets.UTF_8);
		assertThat(csv.lines()).hasSize(2);
		assertThat(csv).startsWith("\uFEFF\"sequence\"").contains("\"letters.drafted\",").contains("\"FAILURE\"");
	}

	@Test
	void answersBadFiltersWithAProblemDetail() {
		String bearer = accounts.bearer(accounts.organisation().owner());
		for (String query : new String[] { "outcome=MAYBE", "size=1000", "page=-1", "from=yesterday",
				"actor=" + "x".repeat(201), "from=2026-11-02T00:00:00Z&to=2026-11-01T00:00:00Z" }) {
			client().get().uri("/api/v1/audit?" + query).header("Authorization", bearer).exchange()
				.expectStatus().isBadRequest()
				.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.expectBody().jsonPath("$.type").value(type -> assertThat(type.toString())
					.isIn("urn:katib:problem:validation-failed", "urn:katib:problem:malformed-request"));
		}
	}

	@Test
	void recordsARefusedSignInInTheMembersOrganisation() {
		TestOrganisation org = accounts.organisation();
		Account writer = accounts.member(org, Role.WRITER);

		client().post()
			.uri("/api/v1/auth/token")
			.contentType(MediaType.APPLICATION_JSON)
			.body(java.util.Map.of("email", writer.email(), "password", "not the password at all"))
			.exchange()
			.expectStatus()
			.isUnauthorized();

		client().get()
			.uri("/api/v1/audit?action=accounts.sign-in&outcome=FAILURE")
			.header("Authorization", accounts.bearer(org.owner()))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.total").isEqualTo(1)
			.jsonPath("$.entries[0].actor").isEqualTo(writer.email())
			.jsonPath("$.entries[0].details.reason").isEqualTo("wrong-password")
			.jsonPath("$.entries[0].details.password").doesNotExist();
	}

	@Test
	@SuppressWarnings("unchecked")
	void rolesChangedAndApiKeysCreatedUsedAndRevokedAreInTheTrail() {
		TestOrganisation org = accounts.organisation();
		String owner = accounts.bearer(org.owner());
		Account writer = accounts.member(org, Role.WRITER);

		client().patch().uri("/api/v1/members/" + writer.memberId()).header("Authorization", owner)
			.contentType(MediaType.APPLICATION_JSON).body(java.util.Map.of("roles", java.util.List.of("REVIEWER")))
			.exchange().expectStatus().isOk();
		String admin = accounts.bearer(accounts.member(org, Role.ADMIN));
		var created = client().post().uri("/api/v1/api-keys").header("Authorization", admin)
			.contentType(MediaType.APPLICATION_JSON)
			.body(java.util.Map.of("name", "ERP", "scopes", java.util.List.of("ADMIN"), "expiresAt",
					clock.instant().plus(Duration.ofDays(30)).toString()))
			.exchange().expectStatus().isCreated()
			.returnResult(java.util.Map.class).getResponseBody();
		String keyId = ((java.util.Map<String, Object>) created.get("key")).get("id").toString();
		client().get().uri("/api/v1/me").header("Authorization", "Bearer " + created.get("secret"))
			.exchange().expectStatus().isOk();
		client().delete().uri("/api/v1/api-keys/" + keyId).header("Authorization", admin)
			.exchange().expectStatus().isNoContent();

		client().get()
			.uri("/api/v1/audit?targetId=" + writer.memberId())
			.header("Authorization", owner)
			.exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.entries[0].action").isEqualTo("accounts.roles-changed")
			.jsonPath("$.entries[0].details.before").isEqualTo("WRITER")
			.jsonPath("$.entries[0].details.after").isEqualTo("REVIEWER");
		client().get()
			.uri("/api/v1/audit?targetType=api-key&targetId=" + keyId)
			.header("Authorization", owner)
			.exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.entries[*].action")
			.value(actions -> assertThat((java.util.List<Object>) actions).containsExactly("accounts.api-key-revoked",
					"accounts.api-key-used", "accounts.api-key-created"))
			.jsonPath("$.entries[*].details.secret").isEmpty();
		client().get().uri("/api/v1/audit/verify").header("Authorization", owner).exchange()
			.expectBody().jsonPath("$.intact").isEqualTo(true);
	}

	private void record(UUID tenant, String action, Outcome outcome) {
		events.publishEvent(AuditFixtures.happened(tenant, "writer@example.org", action, outcome,
				clock.instant().plus(Duration.ofSeconds(1))));
	}
}
