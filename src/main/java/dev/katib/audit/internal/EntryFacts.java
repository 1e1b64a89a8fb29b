package dev.katib.audit.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import dev.katib.audit.AuditEntry;
import dev.katib.platform.AuditRecord;

/**
 * An audit record made fit to store: every text cut to its column's limit and cleared of characters
 * PostgreSQL cannot keep, a bounded number of details, and the time at the database's precision.
 * What is stored is exactly what is hashed, so an entry read back verifies.
 */
record EntryFacts(@Nullable UUID tenantId, @Nullable UUID actorId, String actor, String action, String targetType,
		@Nullable String targetId, AuditRecord.Outcome outcome, @Nullable String sourceAddress, Instant occurredAt,
		Map<String, String> details) {

	static final int MAX_DETAILS = 20;

	static EntryFacts of(AuditRecord record) {
		Map<String, String> details = new LinkedHashMap<>();
		record.details()
			.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.limit(MAX_DETAILS)
			.forEach(d -> details.put(text(d.getKey(), 100), text(d.getValue(), 1000)));
		return new EntryFacts(record.tenantId(), record.actorId(), text(record.actor(), 200),
				text(record.action(), 100), text(record.targetType(), 100), optional(record.targetId(), 200),
				record.outcome(), optional(record.sourceAddress(), 100),
				record.occurredAt().truncatedTo(ChronoUnit.MICROS), Map.copyOf(details));
	}

	/** The facts of an entry read back from the database, to hash them again. */
	static EntryFacts of(AuditEntry entry) {
		return new EntryFacts(entry.tenantId(), entry.actorId(), entry.actor(), entry.action(), entry.targetType(),
				entry.targetId(), entry.outcome(), entry.sourceAddress(), entry.occurredAt(), entry.details());
	}

	AuditEntry sealed(UUID id, long sequence, String previousHash) {
		return new AuditEntry(id, sequence, tenantId, actorId, actor, action, targetType, targetId, outcome,
				sourceAddress, occurredAt, details, previousHash, EntryDigest.of(id, sequence, this, previousHash));
	}

	private static @Nullable String optional(@Nullable String value, int limit) {
		return value == null ? null : text(value, limit);
	}

	private static String text(String value, int limit) {
		String clean = value.replace('\u0000', '\uFFFD');
		if (clean.length() <= limit) {
			return clean;
		}
		int end = Character.isHighSurrogate(clean.charAt(limit - 1)) ? limit - 1 : limit;
		return clean.substring(0, end);
	}
}
