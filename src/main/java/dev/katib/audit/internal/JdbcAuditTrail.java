package dev.katib.audit.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.katib.accounts.Caller;
import dev.katib.accounts.Permission;
import dev.katib.audit.AuditEntry;
import dev.katib.audit.AuditFilter;
import dev.katib.audit.AuditPage;
import dev.katib.audit.AuditTrail;
import dev.katib.audit.ChainVerification;
import dev.katib.platform.KatibException;
import dev.katib.platform.ProblemType;
import tools.jackson.databind.json.JsonMapper;

/** The audit trail of the caller's organisation, for its owners and admins. */
@Service
class JdbcAuditTrail implements AuditTrail {

	private static final int EXPORT_BATCH = 1000;

	private final AuditEntries entries;
	private final ChainVerifier verifier;
	private final JsonMapper json;

	JdbcAuditTrail(AuditEntries entries, ChainVerifier verifier, JsonMapper json) {
		this.entries = entries;
		this.verifier = verifier;
		this.json = json;
	}

	@Override
	@Transactional(readOnly = true)
	public AuditPage search(Caller caller, AuditFilter filter, int page, int size) {
		requireAuditor(caller);
		if (page < 0 || page > 100_000) {
			throw invalid("page", "must be between 0 and 100000");
		}
		if (size < 1 || size > MAX_PAGE_SIZE) {
			throw invalid("size", "must be between 1 and " + MAX_PAGE_SIZE);
		}
		EntryCriteria criteria = criteria(caller, filter);
		long total = entries.count(criteria);
		List<AuditEntry> found = entries.page(criteria, page * size, size);
		return new AuditPage(found, page, size, total);
	}

	@Override
	@Transactional(readOnly = true)
	public List<String> actions(Caller caller) {
		requireAuditor(caller);
		return entries.actions(caller.tenantId());
	}

	@Override
	public ChainVerification verify(Caller caller) {
		requireAuditor(caller);
		return verifier.verify(caller.tenantId());
	}

	@Override
	public CsvExport exportCsv(Caller caller, AuditFilter filter) {
		requireAuditor(caller);
		EntryCriteria criteria = criteria(caller, filter);
		return out -> write(criteria, out);
	}

	/** Batch by batch: entries are only ever appended, so each batch is consistent with the last. */
	private void write(EntryCriteria criteria, Writer out) throws IOException {
		AuditCsv csv = new AuditCsv(out, json);
		csv.header();
		long after = 0;
		List<AuditEntry> batch = entries.after(criteria, after, EXPORT_BATCH);
		while (!batch.isEmpty()) {
			for (AuditEntry entry : batch) {
				csv.row(entry);
			}
			after = batch.getLast().sequence();
			batch = entries.after(criteria, after, EXPORT_BATCH);
		}
		out.flush();
	}

	private static EntryCriteria criteria(Caller caller, AuditFilter filter) {
		if (filter.from() != null && filter.to() != null && !filter.from().isBefore(filter.to())) {
			throw invalid("to", "must be after 'from'");
		}
		return EntryCriteria.of(caller.tenantId(), filter);
	}

	private static void requireAuditor(Caller caller) {
		if (!Permission.VIEW_AUDIT.isGrantedTo(caller.roles())) {
			throw new KatibException(ProblemType.FORBIDDEN, "Your roles do not allow this.",
					Map.of("permission", Permission.VIEW_AUDIT.name()));
		}
	}

	private static KatibException invalid(String field, String message) {
		return new KatibException(ProblemType.VALIDATION_FAILED, "The request has invalid fields.",
				Map.of("errors", List.of(Map.of("field", field, "message", message))));
	}
}
