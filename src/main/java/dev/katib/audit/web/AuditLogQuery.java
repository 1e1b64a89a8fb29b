package dev.katib.audit.web;

import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.util.UriComponentsBuilder;

import dev.katib.audit.AuditFilter;
import dev.katib.platform.AuditRecord.Outcome;

/**
 * The filter form of the audit log page. Days are whole UTC days, both ends included.
 *
 * @param from first day shown
 * @param to last day shown
 * @param action exactly this action
 * @param actor actor names containing this text
 * @param outcome this outcome only
 * @param target the id of the object acted upon
 * @param page page number from 0
 */
record AuditLogQuery(@Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
		@Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, @Nullable @Size(max = 100) String action,
		@Nullable @Size(max = 200) String actor, @Nullable Outcome outcome, @Nullable @Size(max = 200) String target,
		@Nullable @Min(0) @Max(100_000) Integer page) {

	static final int PAGE_SIZE = 50;

	static AuditLogQuery everything() {
		return new AuditLogQuery(null, null, null, null, null, null, null);
	}

	AuditFilter filter() {
		return new AuditFilter(from == null ? null : from.atStartOfDay().toInstant(ZoneOffset.UTC),
				to == null ? null : to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC), action, actor, outcome,
				null, target);
	}

	int pageOrFirst() {
		return page == null ? 0 : page;
	}

	/** The address of this query at another page, or of the export with the same filter. */
	String link(String path, @Nullable Integer otherPage) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
		add(uri, "from", from);
		add(uri, "to", to);
		add(uri, "action", action);
		add(uri, "actor", actor);
		add(uri, "outcome", outcome);
		add(uri, "target", target);
		add(uri, "page", otherPage);
		return uri.encode().build().toUriString();
	}

	private static void add(UriComponentsBuilder uri, String name, @Nullable Object value) {
		if (value != null && !value.toString().isBlank()) {
			uri.queryParam(name, value.toString());
		}
	}
}
