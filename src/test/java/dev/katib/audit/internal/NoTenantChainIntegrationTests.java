package dev.katib.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

import dev.katib.platform.AuditRecord;
import dev.katib.platform.AuditRecord.Outcome;
import dev.katib.platform.AuditableEvent;
import dev.katib.support.IntegrationTest;

class NoTenantChainIntegrationTests extends IntegrationTest {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	ChainVerifier verifier;

	record SignInRefused(AuditRecord audit) implements AuditableEvent {
	}

	@Test
	void entriesWithoutAnOrganisationGoToAChainOfTheirOwn() {
		long before = verifier.verify(AuditAppender.NO_TENANT_CHAIN).checked();

		events.publishEvent(new SignInRefused(new AuditRecord(null, null, "unknown", "accounts.sign-in", "user", null,
				Outcome.FAILURE, "198.51.100.23", clock.instant(), Map.of("reason", "unknown-email"))));

		assertThat(verifier.verify(AuditAppender.NO_TENANT_CHAIN).intact()).isTrue();
		assertThat(verifier.verify(AuditAppender.NO_TENANT_CHAIN).checked()).isEqualTo(before + 1);
		assertThat(verifier.verify(UUID.randomUUID()).checked()).isZero();
	}
}
