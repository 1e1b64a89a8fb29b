package dev.katib.archive.web;

import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import dev.katib.accounts.AccessPolicy;
import dev.katib.accounts.Caller;
import dev.katib.accounts.Permission;
import dev.katib.archive.Archive;
import dev.katib.archive.FileContent;
import dev.katib.archive.FileKind;
import dev.katib.archive.SearchResults;
import dev.katib.archive.StoreRequest;
import dev.katib.archive.StoredFile;
import dev.katib.platform.KatibException;
import dev.katib.platform.ProblemType;

/** The archive over HTTP: search, metadata, download and upload, within the caller's organisation. */
@RestController
@RequestMapping("/api/v1/archive")
@Validated
class ArchiveApi {

	private final Archive archive;
	private final AccessPolicy access;

	ArchiveApi(Archive archive, AccessPolicy access) {
		this.archive = archive;
		this.access = access;
	}

	/** One archived file as the API shows it. */
	record FileView(UUID id, FileKind kind, String filename, String contentType, long size, String sha256,
			@Nullable String title, LocalDate documentDate, java.time.Instant storedAt, Map<String, String> attributes,
			@Nullable String verificationCode) {

		static FileView of(StoredFile file) {
			return new FileView(file.id(), file.kind(), file.filename(), file.contentType(), file.size(), file.sha256(),
					file.title(), file.documentDate(), file.storedAt(), file.attributes(), file.verificationCode());
		}
	}

	record HitView(FileView file, List<SearchResults.Fragment> snippet) {
	}

	record Page(List<HitView> items, long total, int page, int size) {
	}

	@Operation(summary = "Search the archive")
	@GetMapping
	Page search(@RequestParam(required = false) @Size(max = 200) String q,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) @Size(max = 100) String category,
			@RequestParam(required = false) @Size(max = 100) String status,
			@RequestParam(required = false) @Size(max = 200) String recipient,
			@RequestParam(required = false) @Size(max = 100) String writer,
			@RequestParam(required = false) FileKind kind, @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		Caller caller = access.require(Permission.READ_LETTERS);
		SearchResults results = archive.search(caller.tenantId(),
				ArchiveSearchForm.query(q, from, to, category, status, recipient, writer, kind, page, size));
		return new Page(results.hits().stream().map(h -> new HitView(FileView.of(h.file()), h.snippet())).toList(),
				results.total(), results.page(), results.size());
	}

	@Operation(summary = "Show an archived file's details")
	@GetMapping("/{id}")
	FileView file(@PathVariable UUID id) {
		Caller caller = access.require(Permission.READ_LETTERS);
		return archive.find(caller.tenantId(), id).map(FileView::of).orElseThrow(() -> KatibException.notFound("The file"));
	}

	@Operation(summary = "Download an archived file")
	@ApiResponse(responseCode = "200", description = "The stored file, in its own content type", content = { @Content(mediaType = "application/octet-stream", schema = @Schema(type = "string", format = "binary")) })
	@GetMapping("/{id}/content")
	ResponseEntity<byte[]> content(@PathVariable UUID id) {
		Caller caller = access.require(Permission.READ_LETTERS);
		FileContent content = archive.open(caller.tenantId(), id);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(content.file().contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(content.file().filename(), java.nio.charset.StandardCharsets.UTF_8)
				.build()
				.toString())
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.ETAG, "\"" + content.file().sha256() + "\"")
			.body(content.bytes());
	}

	@Operation(summary = "Upload a file to the archive")
	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<FileView> upload(@RequestPart("file") MultipartFile file,
			@RequestParam(defaultValue = "INCOMING") FileKind kind,
			@RequestParam(required = false) @Size(max = 300) String title) throws IOException {
		Caller caller = access.require(Permission.WRITE_LETTERS);
		if (kind == FileKind.LETTER) {
			throw new KatibException(ProblemType.VALIDATION_FAILED,
					"Issued letters are archived by Katib when they are signed; upload attachments or incoming letters.");
		}
		if (file.isEmpty()) {
			throw new KatibException(ProblemType.VALIDATION_FAILED, "The file is empty.");
		}
		String filename = file.getOriginalFilename() == null ? "file" : file.getOriginalFilename();
		StoreRequest request = new StoreRequest(caller.tenantId(), caller.userId(), kind, filename,
				file.getContentType() == null ? MediaType.APPLICATION_OCTET_STREAM_VALUE : file.getContentType(),
				file.getBytes(), null, null, title, null, Map.of(), null, null);
		StoredFile stored = archive.store(request);
		return ResponseEntity.created(URI.create("/api/v1/archive/" + stored.id())).body(FileView.of(stored));
	}
}
