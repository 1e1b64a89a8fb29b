package dev.katib.paper.downloads;

import java.util.UUID;

import jakarta.validation.constraints.Min;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.katib.accounts.RequiresPermission;
import dev.katib.accounts.Permission;
import dev.katib.accounts.Callers;
import dev.katib.accounts.Caller;
import dev.katib.platform.Pages;

/** The links of the letter page that download the letter as PDF or DOCX, for a signed-in member. */
@RequiresPermission(Permission.READ_LETTERS)
@Pages
@RequestMapping("/letters/{id}")
@Validated
class PaperPages {

	private final LetterDownloads papers;
	private final Callers callers;

	PaperPages(LetterDownloads papers, Callers callers) {
		this.papers = papers;
		this.callers = callers;
	}

	@GetMapping("/pdf")
	ResponseEntity<byte[]> pdf(@PathVariable UUID id, @RequestParam(required = false) @Min(1) @Nullable Integer version) {
		Caller caller = callers.current();
		return PaperDownloads.answer(papers.pdf(caller, id, version));
	}

	@GetMapping("/docx")
	ResponseEntity<byte[]> docx(@PathVariable UUID id, @RequestParam(required = false) @Min(1) @Nullable Integer version) {
		Caller caller = callers.current();
		return PaperDownloads.answer(papers.docx(caller, id, version));
	}
}
