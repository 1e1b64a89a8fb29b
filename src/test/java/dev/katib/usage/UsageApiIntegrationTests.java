package dev.katib.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import dev.katib.accounts.Role;
import dev.katib.ai.Attribution;
import dev.katib.ai.CallOutcome;
import dev.katib.ai.ModelCallCompleted;
import dev.katib.ai.TokenUsage;
import dev.katib.support.IntegrationTest;
import dev.katib.support.TestAccounts.Account;
import dev.katib.support.TestAccounts.TestOrganisation;

import static org.awaitility.Awaitility.await;

class UsageApiIntegrationTests extends IntegrationTest {

	@Autowired
	Quotas quotas;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	private TestOrganisation organisation;

	@BeforeEach
	void createOrganisation() {
		organisation = accounts.organisation();
	}

	@Test
	void showsMembersTheOrganisationsTotalsAndOnlyTheirOwnShare() {
		Account writer = accounts.member(organisation, Role.WRITER);
		Account colleague = accounts.member(organisation, Role.WRITER);
		publish(writer, 1000, 200);
		publish(colleague, 3000, 400);

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> client().get().uri("/api/v1/usage")
			.header("Authorization", accounts.bearer(organisation.owner())).exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.totals.calls").isEqualTo(2)
			.jsonPath("$.totals.inputTokens").isEqualTo(4000)
			.jsonPath("$.byUser.length()").isEqualTo(2)
			.jsonPath("$.byModel[0].model").isEqualTo("gpt-4o-mini"));

		client().get().uri("/api/v1/usage").header("Authorization", accounts.bearer(writer)).exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.totals.outputTokens").isEqualTo(600)
			.jsonPath("$.byUser.length()").isEqualTo(1)
			.jsonPath("$.byUser[0].userId").isEqualTo(writer.memberId().toString());
	}

	@Test
	void neverShowsAnotherOrganisationsUsageOrQuotas() {
		TestOrganisation other = accounts.organisation();
		Account stranger = accounts.member(other, Role.WRITER);
		publish(stranger, 7000, 700);
		quotas.limitOrganisation(other.tenantId(), new QuotaLimits(3L, 3L));
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> client().get().uri("/api/v1/usage")
			.header("Authorization", accounts.bearer(other.owner())).exchange()
			.expectBody().jsonPath("$.totals.calls").isEqualTo(1));

		client().get().uri("/api/v1/usage").header("Authorization", accounts.bearer(organisation.owner())).exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.totals.calls").isEqualTo(0)
			.jsonPath("$.byUser.length()").isEqualTo(0)
			.jsonPath("$.organisationQuota.lettersLimit").doesNotExist();
	}

	@Test
	void letsAdminsSetQuotasAndShowsWhatRemains() {
		Account admin = accounts.member(organisation, Role.ADMIN);
		Account writer = accounts.member(organisation, Role.WRITER);

		client().put().uri("/api/v1/usage/quotas/organisation").header("Authorization", accounts.bearer(admin))
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON).body("{\"letters\": 20}")
			.exchange().expectStatus().isOk();
		client().put().uri("/api/v1/usage/quotas/members/" + writer.memberId())
			.header("Authorization", accounts.bearer(admin))
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON).body("{\"tokens\": 5000}")
			.exchange().expectStatus().isOk();
		quotas.reserve(organisation.tenantId(), writer.memberId(), 1, 1200);

		client().get().uri("/api/v1/usage").header("Authorization", accounts.bearer(writer)).exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.organisationQuota.lettersRemaining").isEqualTo(19)
			.jsonPath("$.userQuotas[0].quota.tokensRemaining").isEqualTo(3800);
	}

	@Test
	void refusesQuotaChangesFromMembersWhoAreNotAdmins() {
		Account writer = accounts.member(organisation, Role.WRITER);

		client().put().uri("/api/v1/usage/quotas/organisation").header("Authorization", accounts.bearer(writer))
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON).body("{\"letters\": 1000}")
			.exchange().expectStatus().isForbidden();
		client().put().uri("/api/v1/usage/quotas/organisation")
			.header("Authorization", accounts.bearer(organisation.owner()))
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON).body("{\"letters\": -1}")
			.exchange().expectStatus().isBadRequest()
			.expectBody().jsonPath("$.type").isEqualTo("urn:katib:problem:validation-failed");
		client().get().uri("/api/v1/usage").exchange().expectStatus().isUnauthorized();
	}

	@Test
	void answersAnExhaustedQuotaWith429WhatRemainsAndWhenItResets() {
		client().get().uri("/api/v1/test-probe/quota-exceeded")
			.header("Authorization", accounts.bearer(organisation.owner())).exchange()
			.expectStatus().isEqualTo(429)
			.expectHeader().valueEquals("Retry-After", String.valueOf(Duration.ofHours(5).toSeconds()))
			.expectBody()
			.jsonPath("$.type").isEqualTo("urn:katib:problem:quota-exceeded")
			.jsonPath("$.remaining").isEqualTo(0)
			.jsonPath("$.resetsAt").isEqualTo("2026-12-01T00:00:00Z");
	}

	private void publish(Account member, long input, long output) {
		ModelCallCompleted call = new ModelCallCompleted(UUID.randomUUID(),
				Attribution.of(member.tenantId(), member.memberId()), "letters.draft", "openai", "gpt-4o-mini",
				new TokenUsage(input, output), Duration.ofMillis(400), CallOutcome.SUCCEEDED, clock.instant());
		transactions.executeWithoutResult(status -> events.publishEvent(call));
	}
}
