package dev.katib.knowledge.web;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.katib.knowledge.KnowledgeAdministration;
import dev.katib.platform.KatibException;
import dev.katib.platform.Pages;

/**
 * A reference letter taken from a document in the browser: its text is put in the form to be checked and trimmed
 * (a letterhead or a signature line is rarely wanted) before it is saved.
 */
@Pages
class ReferenceLetterFilePages {

	private final KnowledgeAdministration knowledge;
	private final ReferenceLetterDocuments documents;
	private final PageErrors errors;

	ReferenceLetterFilePages(KnowledgeAdministration knowledge, ReferenceLetterDocuments documents,
			PageErrors errors) {
		this.knowledge = knowledge;
		this.documents = documents;
		this.errors = errors;
	}

	@PostMapping(path = "/admin/writing/reference-letters/file", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	String read(@RequestParam(required = false) @Nullable String category,
			@RequestParam(required = false) @Nullable MultipartFile file, RedirectAttributes redirect, Locale locale) {
		try {
			knowledge.requireAdministrator();
			redirect.addFlashAttribute("referenceLetterDraft", documents.text(file));
			redirect.addFlashAttribute("referenceLetterDraftCategory", category);
			redirect.addFlashAttribute("status", "reference-letter-read");
		}
		catch (KatibException ex) {
			redirect.addFlashAttribute("error", errors.describe(ex, locale));
		}
		return "redirect:/admin/writing#reference-letters";
	}
}
