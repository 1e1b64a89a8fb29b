package dev.katib.audit.web;

import dev.katib.accounts.RequiresPermission;
import dev.katib.accounts.Permission;
import java.io.IOException;
import java.time.Clock;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.katib.accounts.Callers;
import dev.katib.audit.AuditEntry;
import dev.katib.audit.AuditPage;
import dev.katib.audit.AuditTrail;
import dev.katib.audit.ChainVerification;

/** The audit trail of the caller's organisation over the API, for owners and admins. */
@RestController
@RequestMapping("/api/v1/audit")
@RequiresPermission(Permission.VIEW_AUDIT)
class AuditApi {

	private final AuditTrail trail;
	private final Callers callers;
	private final Clock clock;

	AuditApi(AuditTrail trail, Callers callers, Clock clock) {
		this.trail = trail;
		this.callers = callers;
		this.clock = clock;
	}

	/** One page of entries, newest first. */
	record Entries(List<AuditEntry> entries, int page, int size, long total, long pages) {

		static Entries of(AuditPage page) {
			return new Entries(page.entries(), page.page(), page.size(), page.total(), page.pages());
		}
	}

	@Operation(summary = "List audit entries, filtered, a page at a time")
	@GetMapping
	Entries list(@Valid AuditQuery query) {
		return Entries.of(trail.search(callers.current(), query.filter(), query.pageOrFirst(), query.sizeOrDefault()));
	}

	@Operation(summary = "Verify the audit chain")
	@GetMapping("/verify")
	ChainVerification verify() {
		return trail.verify(callers.current());
	}

	@Operation(summary = "Export audit entries as CSV")
	@ApiResponse(responseCode = "200", description = "The matching entries as CSV", content = { @Content(mediaType = "text/csv", schema = @Schema(type = "string")) })
	@GetMapping(value = "/export", produces = "text/csv")
	void export(@Valid AuditQuery query, HttpServletResponse response) throws IOException {
		CsvDownload.send(trail.exportCsv(callers.current(), query.filter()), clock, response);
	}
}
