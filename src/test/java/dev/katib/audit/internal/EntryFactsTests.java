package dev.katib.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.katib.audit.AuditEntry;
import dev.katib.platform.AuditRecord;
import dev.katib.platform.AuditRecord.Outcome;

class EntryFactsTests {

	private static final Instant AT = Instant.parse("2026-11-22T05:00:00.123456789Z");

	@Test
	void keepsWhatTheDatabaseCanStoreSoThatTheStoredEntryVerifies() {
		Map<String, String> details = new HashMap<>();
		for (int i = 0; i < 30; i++) {
			details.put("k" + i, "v".repeat(5000));
		}
		AuditRecord record = new AuditRecord(UUID.randomUUID(), null, "a\u0000b" + "x".repeat(500), "accounts.sign-in",
				"user", null, Outcome.FAILURE, null, AT, details);

		EntryFacts facts = EntryFacts.of(record);

		assertThat(facts.actor()).startsWith("a\uFFFDb").hasSize(200);
		assertThat(facts.details()).hasSize(EntryFacts.MAX_DETAILS).allSatisfy((k, v) -> assertThat(v).hasSize(1000));
		assertThat(facts.occurredAt()).isEqualTo(Instant.parse("2026-11-22T05:00:00.123456Z"));
	}

	@Test
	void theHashCoversEveryFieldAndThePreviousHash() {
		UUID id = UUID.randomUUID();
		EntryFacts facts = EntryFacts.of(new AuditRecord(UUID.randomUUID(), UUID.randomUUID(), "admin",
				"accounts.role-changed", "user", "42", Outcome.SUCCESS, "10.0.0.1", AT, Map.of("role", "ADMIN")));
		AuditEntry entry = facts.sealed(id, 7, EntryDigest.GENESIS);

		assertThat(entry.hash()).hasSize(64).isEqualTo(EntryDigest.of(id, 7, EntryFacts.of(entry), EntryDigest.GENESIS));
		assertThat(EntryDigest.of(id, 8, facts, EntryDigest.GENESIS)).isNotEqualTo(entry.hash());
		assertThat(EntryDigest.of(id, 7, facts, "1".repeat(64))).isNotEqualTo(entry.hash());
		EntryFacts otherRole = new EntryFacts(facts.tenantId(), facts.actorId(), facts.actor(), facts.action(),
				facts.targetType(), facts.targetId(), facts.outcome(), facts.sourceAddress(), facts.occurredAt(),
				Map.of("role", "OWNER"));
		assertThat(EntryDigest.of(id, 7, otherRole, EntryDigest.GENESIS)).isNotEqualTo(entry.hash());
		EntryFacts shifted = new EntryFacts(facts.tenantId(), facts.actorId(), facts.actor() + "accounts",
				".role-changed", facts.targetType(), facts.targetId(), facts.outcome(), facts.sourceAddress(),
				facts.occurredAt(), facts.details());
		assertThat(EntryDigest.of(id, 7, shifted, EntryDigest.GENESIS)).isNotEqualTo(entry.hash());
	}
}
