package dev.katib.audit.web;

import java.time.Instant;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import dev.katib.audit.AuditFilter;
import dev.katib.audit.AuditTrail;
import dev.katib.platform.AuditRecord.Outcome;

/**
 * The query parameters of {@code GET /api/v1/audit} and its export: the filter, and which page.
 *
 * @param from entries at or after this instant (ISO-8601, e.g. {@code 2026-11-01T00:00:00Z})
 * @param to entries before this instant
 * @param action exactly this action
 * @param actor actor names containing this text
 * @param outcome {@code SUCCESS}, {@code FAILURE} or {@code DENIED}
 * @param targetType the kind of object
 * @param targetId the object's id
 * @param page page number from 0 (default 0)
 * @param size entries per page, 1 to 200 (default 50)
 */
record AuditQuery(@Nullable Instant from, @Nullable Instant to, @Nullable @Size(max = 100) String action,
		@Nullable @Size(max = 200) String actor, @Nullable Outcome outcome, @Nullable @Size(max = 100) String targetType,
		@Nullable @Size(max = 200) String targetId, @Nullable @Min(0) @Max(100_000) Integer page,
		@Nullable @Min(1) @Max(AuditTrail.MAX_PAGE_SIZE) Integer size) {

	static final int DEFAULT_SIZE = 50;

	AuditFilter filter() {
		return new AuditFilter(from, to, action, actor, outcome, targetType, targetId);
	}

	int pageOrFirst() {
		return page == null ? 0 : page;
	}

	int sizeOrDefault() {
		return size == null ? DEFAULT_SIZE : size;
	}
}
