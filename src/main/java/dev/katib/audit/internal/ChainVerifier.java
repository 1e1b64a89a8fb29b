package dev.katib.audit.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.katib.audit.AuditEntry;
import dev.katib.audit.ChainVerification;
import dev.katib.audit.ChainVerification.Break;
import dev.katib.audit.ChainVerification.Kind;

/**
 * Walks a chain from its first entry, recomputing every hash and link, and stops at the first break:
 * an entry changed, an entry missing, or a head that does not match the last entry.
 */
@Component
class ChainVerifier {

	private static final int BATCH = 1000;

	private final AuditEntries entries;

	ChainVerifier(AuditEntries entries) {
		this.entries = entries;
	}

	@Transactional(readOnly = true)
	ChainVerification verify(UUID chain) {
		long expected = 1;
		String previous = EntryDigest.GENESIS;
		List<AuditEntry> batch = entries.chainAfter(chain, 0, BATCH);
		while (!batch.isEmpty()) {
			for (AuditEntry entry : batch) {
				if (entry.sequence() != expected) {
					return ChainVerification.broken(expected - 1, new Break(expected, null, Kind.MISSING));
				}
				if (!entry.previousHash().equals(previous)) {
					return ChainVerification.broken(expected - 1, new Break(expected, entry.id(), Kind.LINK_BROKEN));
				}
				String recomputed = EntryDigest.of(entry.id(), entry.sequence(), EntryFacts.of(entry), previous);
				if (!recomputed.equals(entry.hash())) {
					return ChainVerification.broken(expected - 1, new Break(expected, entry.id(), Kind.ALTERED));
				}
				previous = entry.hash();
				expected++;
			}
			batch = entries.chainAfter(chain, expected - 1, BATCH);
		}
		long checked = expected - 1;
		AuditEntries.ChainHead head = entries.head(chain);
		if (head.lastSequence() > checked) {
			return ChainVerification.broken(checked, new Break(expected, null, Kind.MISSING));
		}
		if (head.lastSequence() != checked || !head.lastHash().equals(previous)) {
			return ChainVerification.broken(checked, new Break(checked, null, Kind.HEAD_MISMATCH));
		}
		return ChainVerification.intact(checked);
	}
}
