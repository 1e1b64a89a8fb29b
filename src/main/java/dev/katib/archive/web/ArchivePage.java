package dev.katib.archive.web;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.katib.accounts.AccessPolicy;
import dev.katib.accounts.Caller;
import dev.katib.accounts.Permission;
import dev.katib.archive.Archive;
import dev.katib.archive.SearchQuery;
import dev.katib.archive.SearchResults;
import dev.katib.platform.Pages;

/** The archive page: search the organisation's letters and files, read the passages that matched, download. */
@Pages
class ArchivePage {

	private static final int PAGE_SIZE = 20;

	private final Archive archive;
	private final AccessPolicy access;

	ArchivePage(Archive archive, AccessPolicy access) {
		this.archive = archive;
		this.access = access;
	}

	@GetMapping("/archive")
	String search(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(required = false) @Nullable String category,
			@RequestParam(required = false) @Nullable String status, @RequestParam(defaultValue = "0") int page,
			Model model) {
		Caller caller = access.require(Permission.READ_LETTERS);
		String text = q == null ? null : q.substring(0, Math.min(q.length(), 200));
		SearchQuery query = ArchiveSearchForm.query(text, from, to, category, status, null, null, null,
				Math.clamp(page, 0, 10_000), PAGE_SIZE);
		SearchResults results = archive.search(caller.tenantId(), query);
		model.addAttribute("q", text);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("category", category);
		model.addAttribute("status", status);
		model.addAttribute("results", results);
		model.addAttribute("pages", (results.total() + PAGE_SIZE - 1) / PAGE_SIZE);
		return "archive/search";
	}
}
