package dev.katib.documents.web;

import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dev.katib.accounts.AccessPolicy;
import dev.katib.accounts.Caller;
import dev.katib.accounts.Permission;
import dev.katib.documents.DocumentImage;
import dev.katib.documents.LetterheadChanged.Change;
import dev.katib.documents.LetterheadVersion;
import dev.katib.documents.Letterheads;
import dev.katib.platform.KatibException;

/** The organisation's letterhead versions over the API, for owners and admins only. */
@RestController
@RequestMapping("/api/v1/letterheads")
class LetterheadApi {

	private final Letterheads letterheads;
	private final AccessPolicy access;
	private final LetterheadPreview preview;
	private final LetterheadAudit audit;

	LetterheadApi(Letterheads letterheads, AccessPolicy access, LetterheadPreview preview, LetterheadAudit audit) {
		this.letterheads = letterheads;
		this.access = access;
		this.preview = preview;
		this.audit = audit;
	}

	@Operation(summary = "List the letterhead versions")
	@GetMapping
	List<LetterheadResponse> versions() {
		return letterheads.versions(caller().tenantId()).stream().map(LetterheadResponse::of).toList();
	}

	@Operation(summary = "Create a letterhead version")
	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping
	ResponseEntity<LetterheadResponse> create(@Valid @RequestBody LetterheadRequest request) {
		Caller caller = caller();
		LetterheadVersion created = audit.changed(caller, Change.DRAFT_CREATED,
				letterheads.createDraft(caller.tenantId(), request.draft()));
		return ResponseEntity.status(HttpStatus.CREATED)
			.header("Location", "/api/v1/letterheads/" + created.letterhead().version())
			.body(LetterheadResponse.of(created));
	}

	@Operation(summary = "Show one letterhead version")
	@GetMapping("/{version}")
	LetterheadResponse version(@PathVariable int version) {
		return LetterheadResponse.of(find(caller(), version));
	}

	@Operation(summary = "Change a letterhead version that is not active yet")
	@PutMapping("/{version}")
	LetterheadResponse update(@PathVariable int version, @Valid @RequestBody LetterheadRequest request) {
		Caller caller = caller();
		return LetterheadResponse.of(audit.changed(caller, Change.DRAFT_UPDATED,
				letterheads.updateDraft(caller.tenantId(), version, request.draft())));
	}

	@Operation(summary = "Make a letterhead version the active one")
	@PostMapping("/{version}/activation")
	LetterheadResponse activate(@PathVariable int version) {
		Caller caller = caller();
		return LetterheadResponse.of(audit.changed(caller, Change.ACTIVATED, letterheads.activate(caller.tenantId(), version)));
	}

	@Operation(summary = "Download a letterhead version's logo")
	@ApiResponse(responseCode = "200", description = "The logo, in the type it was uploaded as", content = { @Content(mediaType = "image/png", schema = @Schema(type = "string", format = "binary")), @Content(mediaType = "image/jpeg", schema = @Schema(type = "string", format = "binary")) })
	@GetMapping("/{version}/logo")
	ResponseEntity<byte[]> logo(@PathVariable int version) {
		DocumentImage logo = find(caller(), version).letterhead().logo();
		if (logo == null) {
			throw KatibException.notFound("The logo of letterhead version " + version);
		}
		return ResponseEntity.ok().contentType(MediaType.parseMediaType(logo.mediaType())).body(logo.bytes());
	}

	/** A specimen letter printed on the version, as PDF, in Arabic unless {@code lang=en}. */
	@Operation(summary = "Preview a letterhead version on a specimen letter (PDF)")
	@GetMapping(path = "/{version}/preview", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> preview(@PathVariable int version, @RequestParam(defaultValue = "ar") String lang) {
		Locale locale = "en".equals(lang) ? Locale.ENGLISH : Locale.forLanguageTag("ar");
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.body(preview.pdf(find(caller(), version).letterhead(), locale));
	}

	private Caller caller() {
		return access.require(Permission.MANAGE_ORGANISATION);
	}

	private LetterheadVersion find(Caller caller, int version) {
		return letterheads.find(caller.tenantId(), version)
			.orElseThrow(() -> KatibException.notFound("Letterhead version " + version));
	}
}
