package dev.katib.usage.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import dev.katib.platform.AuditRecord;
import dev.katib.platform.AuditableEvent;
import dev.katib.usage.QuotaExemption;

/** A call was let past the quotas for its purpose: the audit trail keeps who, why, for what and how much. */
record QuotaExempted(UUID tenantId, UUID userId, String actor, UUID reservationId, QuotaExemption exemption,
		int letters, long tokens, Instant at) implements AuditableEvent {

	@Override
	public AuditRecord audit() {
		Map<String, String> details = new HashMap<>(Map.of("purpose", exemption.purpose().name(), "reference",
				exemption.reference(), "letters", Integer.toString(letters), "tokens", Long.toString(tokens)));
		if (exemption.subjectType() != null && exemption.subjectId() != null) {
			details.put(exemption.subjectType(), exemption.subjectId());
		}
		return new AuditRecord(tenantId, userId, actor, "usage.quota-exempted", "quota-reservation",
				reservationId.toString(), AuditRecord.Outcome.SUCCESS, null, at, details);
	}
}
