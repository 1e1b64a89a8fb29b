package dev.katib.audit;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import dev.katib.accounts.Caller;
import dev.katib.accounts.Role;
import dev.katib.platform.AuditRecord;
import dev.katib.platform.AuditRecord.Outcome;
import dev.katib.platform.AuditableEvent;

/** Events and callers for audit tests; every test works in an organisation of its own. */
final class AuditFixtures {

	private AuditFixtures() {
	}

	/** Something auditable that happened, as any module would publish it. */
	record Happened(AuditRecord audit) implements AuditableEvent {
	}

	static Happened happened(@Nullable UUID tenant, String actor, String action, Outcome outcome, Instant at) {
		return new Happened(new AuditRecord(tenant, UUID.randomUUID(), actor, action, "user",
				UUID.randomUUID().toString(), outcome, "203.0.113.7", at, Map.of("reason", "test")));
	}

	static Happened happened(UUID tenant, String action, Instant at) {
		return happened(tenant, "admin@example.org", action, Outcome.SUCCESS, at);
	}

	static Caller member(UUID tenant, Role... roles) {
		return new Caller(tenant, UUID.randomUUID(), "someone@example.org", Set.of(roles), Locale.ENGLISH,
				"127.0.0.1");
	}

	static Caller admin(UUID tenant) {
		return member(tenant, Role.ADMIN);
	}
}
