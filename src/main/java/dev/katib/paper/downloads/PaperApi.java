package dev.katib.paper.downloads;

import java.util.UUID;

import jakarta.validation.constraints.Min;

import org.jspecify.annotations.Nullable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.katib.accounts.RequiresPermission;
import dev.katib.accounts.Permission;
import dev.katib.accounts.Callers;
import dev.katib.accounts.Caller;

/** A letter as PDF or DOCX over the API: any version, the current one by default. */
@RequiresPermission(Permission.READ_LETTERS)
@RestController
@RequestMapping("/api/v1/letters/{id}")
@Validated
class PaperApi {

	private final LetterDownloads papers;
	private final Callers callers;

	PaperApi(LetterDownloads papers, Callers callers) {
		this.papers = papers;
		this.callers = callers;
	}

	@Operation(summary = "Download a letter as PDF")
	@ApiResponse(responseCode = "200", description = "The letter as PDF", content = { @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")) })
	@GetMapping("/pdf")
	ResponseEntity<byte[]> pdf(@PathVariable UUID id, @RequestParam(required = false) @Min(1) @Nullable Integer version) {
		Caller caller = callers.current();
		return PaperDownloads.answer(papers.pdf(caller, id, version));
	}

	@Operation(summary = "Download a letter as a Word document")
	@ApiResponse(responseCode = "200", description = "The letter as a Word document", content = { @Content(mediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document", schema = @Schema(type = "string", format = "binary")) })
	@GetMapping("/docx")
	ResponseEntity<byte[]> docx(@PathVariable UUID id, @RequestParam(required = false) @Min(1) @Nullable Integer version) {
		Caller caller = callers.current();
		return PaperDownloads.answer(papers.docx(caller, id, version));
	}
}
