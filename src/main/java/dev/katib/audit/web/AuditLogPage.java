package dev.katib.audit.web;

import dev.katib.accounts.RequiresPermission;
import dev.katib.accounts.Permission;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Locale;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;

import dev.katib.accounts.Caller;
import dev.katib.accounts.Callers;
import dev.katib.accounts.Colleagues;
import dev.katib.platform.Moments;
import org.springframework.context.i18n.LocaleContextHolder;
import dev.katib.audit.AuditEntry;
import dev.katib.audit.AuditPage;
import dev.katib.audit.AuditTrail;
import dev.katib.platform.AuditRecord.Outcome;
import dev.katib.platform.Pages;

/**
 * The audit log page for owners and admins: filters, pages of entries, verification of the chain
 * and the CSV download. htmx swaps the results and the verification in place (it names its target
 * in {@code HX-Target}); without JavaScript every control is still a plain link or form.
 */
@Pages
@RequestMapping("/admin/audit")
@RequiresPermission(Permission.VIEW_AUDIT)
class AuditLogPage {


	private final AuditTrail trail;
	private final Callers callers;
	private final Clock clock;
	private final AuditSentences sentences;
	private final Colleagues colleagues;

	AuditLogPage(AuditTrail trail, Callers callers, Clock clock, AuditSentences sentences, Colleagues colleagues) {
		this.trail = trail;
		this.callers = callers;
		this.clock = clock;
		this.sentences = sentences;
		this.colleagues = colleagues;
	}

	/** One entry as the table shows it. */
	record Row(long sequence, Instant at, String time, String sentence, String actor, String action, String target,
			Outcome outcome, @Nullable String sourceAddress, String details) {

		static Row of(AuditEntry entry, String sentence, Moments moments) {
			String target = entry.targetId() == null ? entry.targetType() : entry.targetType() + " " + entry.targetId();
			String details = new TreeMap<>(entry.details()).entrySet()
				.stream()
				.map(d -> d.getKey() + "=" + d.getValue())
				.collect(Collectors.joining(", "));
			return new Row(entry.sequence(), entry.occurredAt(), moments.of(entry.occurredAt()), sentence, entry.actor(),
					entry.action(), target, entry.outcome(), entry.sourceAddress(), details);
		}
	}

	@GetMapping
	String log(@Valid AuditLogQuery query,
			@RequestHeader(name = "HX-Target", required = false) @Nullable String target, Model model) {
		Caller caller = callers.current();
		results(caller, query, model);
		if ("audit-results".equals(target)) {
			return "audit/log :: results";
		}
		filters(caller, model);
		return "audit/log";
	}

	@GetMapping("/verify")
	String verify(@RequestHeader(name = "HX-Target", required = false) @Nullable String target, Model model) {
		Caller caller = callers.current();
		model.addAttribute("verification", trail.verify(caller));
		if ("audit-verification".equals(target)) {
			return "audit/log :: verification";
		}
		results(caller, AuditLogQuery.everything(), model);
		filters(caller, model);
		return "audit/log";
	}

	@GetMapping("/export")
	void export(@Valid AuditLogQuery query, HttpServletResponse response) throws IOException {
		CsvDownload.send(trail.exportCsv(callers.current(), query.filter()), clock, response);
	}

	private void results(Caller caller, AuditLogQuery query, Model model) {
		AuditPage page = trail.search(caller, query.filter(), query.pageOrFirst(), AuditLogQuery.PAGE_SIZE);
		Locale locale = LocaleContextHolder.getLocale();
		Moments moments = new Moments(colleagues.timeZone(caller.tenantId()), locale);
		List<String> said = sentences.of(caller.tenantId(), page.entries(), locale);
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < page.entries().size(); i++) {
			rows.add(Row.of(page.entries().get(i), said.get(i), moments));
		}
		model.addAttribute("query", query);
		model.addAttribute("rows", rows);
		model.addAttribute("page", page);
		model.addAttribute("previous", page.hasPrevious() ? query.link("/admin/audit", page.page() - 1) : null);
		model.addAttribute("next", page.hasNext() ? query.link("/admin/audit", page.page() + 1) : null);
		model.addAttribute("export", query.link("/admin/audit/export", null));
	}

	private void filters(Caller caller, Model model) {
		model.addAttribute("actions", trail.actions(caller));
		model.addAttribute("outcomes", List.of(Outcome.values()));
	}
}
