package dev.katib.audit.internal;

import java.time.Clock;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import dev.katib.audit.AuditEntry;
import dev.katib.platform.AuditRecord;
import dev.katib.platform.Ids;

/** Adds entries to the end of their organisation's chain, one after another. */
@Component
class AuditAppender {

	/** The chain of entries that belong to no organisation, such as a sign-in for an unknown e-mail. */
	static final UUID NO_TENANT_CHAIN = new UUID(0, 0);

	private final AuditEntries entries;
	private final Clock clock;

	AuditAppender(AuditEntries entries, Clock clock) {
		this.entries = entries;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	AuditEntry append(AuditRecord record) {
		EntryFacts facts = EntryFacts.of(record);
		UUID chain = chainOf(facts);
		AuditEntries.ChainHead head = entries.lockHead(chain);
		AuditEntry entry = facts.sealed(Ids.newId(clock), head.lastSequence() + 1, head.lastHash());
		entries.append(chain, entry);
		return entry;
	}

	static UUID chainOf(EntryFacts facts) {
		return facts.tenantId() == null ? NO_TENANT_CHAIN : facts.tenantId();
	}
}
