package dev.katib.knowledge.web;

import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.katib.archive.DocumentTexts;
import dev.katib.knowledge.KnowledgeAdministration;
import dev.katib.knowledge.ReferenceLetter;
import dev.katib.knowledge.web.KnowledgeJson.ReferenceLetterView;
import dev.katib.platform.Inputs;
import dev.katib.platform.KatibException;

/**
 * Reference letters taken from a document (PDF, Word or text), read as the archive reads files.
 * Over the API the letter is added at once; in the browser its text is put in the form to be
 * checked and trimmed (a letterhead or a signature line is rarely wanted) before it is saved.
 */
@Controller
class ReferenceLetterFiles {

	private final KnowledgeAdministration knowledge;
	private final DocumentTexts documents;
	private final PageErrors errors;

	ReferenceLetterFiles(KnowledgeAdministration knowledge, DocumentTexts documents, PageErrors errors) {
		this.knowledge = knowledge;
		this.documents = documents;
		this.errors = errors;
	}

	@ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
	@PostMapping(path = "/api/v1/knowledge/reference-letters/file", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseBody
	ResponseEntity<ReferenceLetterView> add(@RequestParam @Nullable String category,
			@RequestParam @Nullable MultipartFile file) {
		knowledge.requireAdministrator();
		String key = Inputs.required(category, "category", 1, 40);
		ReferenceLetterView added = ReferenceLetterView
			.of(knowledge.addReferenceLetter(new ReferenceLetter(key, fitting(textOf(file)))));
		return ResponseEntity.created(URI.create("/api/v1/knowledge/reference-letters/" + added.id())).body(added);
	}

	@PostMapping(path = "/admin/writing/reference-letters/file", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	String read(@RequestParam(required = false) @Nullable String category,
			@RequestParam(required = false) @Nullable MultipartFile file, RedirectAttributes redirect, Locale locale) {
		try {
			knowledge.requireAdministrator();
			redirect.addFlashAttribute("referenceLetterDraft", fitting(textOf(file)));
			redirect.addFlashAttribute("referenceLetterDraftCategory", category);
			redirect.addFlashAttribute("status", "reference-letter-read");
		}
		catch (KatibException ex) {
			redirect.addFlashAttribute("error", errors.describe(ex, locale));
		}
		return "redirect:/admin/writing#reference-letters";
	}

	private String textOf(@Nullable MultipartFile file) {
		if (file == null || file.isEmpty()) {
			throw KatibException.invalidField("file", "Choose a PDF, Word (.docx) or text document.");
		}
		try {
			return documents.read(file.getBytes()).text();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String fitting(String text) {
		if (text.length() > ReferenceLetter.MAX_LENGTH) {
			throw KatibException.invalidField("file", "The document holds " + text.length()
					+ " characters of text; a reference letter holds at most " + ReferenceLetter.MAX_LENGTH
					+ ". Upload the letter alone, without its attachments.");
		}
		return text;
	}
}
