package dev.katib.letters.attachments;

import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import dev.katib.accounts.Callers;
import dev.katib.accounts.Permission;
import dev.katib.accounts.RequiresPermission;
import dev.katib.letters.LetterAttachments;
import dev.katib.letters.LetterAttachments.Attachment;

/** A letter's attachments over the API. */
@RestController
@RequestMapping("/api/v1/letters/{id}/attachments")
class AttachmentsApi {

	private final LetterAttachments attachments;
	private final Callers callers;

	AttachmentsApi(LetterAttachments attachments, Callers callers) {
		this.attachments = attachments;
		this.callers = callers;
	}

	@RequiresPermission(Permission.READ_LETTERS)
	@GetMapping
	List<Attachment> list(@PathVariable UUID id) {
		return attachments.of(callers.current(), id);
	}

	@ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
	@RequiresPermission(Permission.WRITE_LETTERS)
	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<Attachment> attach(@PathVariable UUID id, @RequestParam @Nullable MultipartFile file)
			throws IOException {
		var upload = Uploads.of(file);
		Attachment added = attachments.attach(callers.current(), id, upload.filename(), upload.content());
		return ResponseEntity.created(URI.create("/api/v1/letters/" + id + "/attachments/" + added.id() + "/content"))
			.body(added);
	}

	@RequiresPermission(Permission.READ_LETTERS)
	@GetMapping("/{fileId}/content")
	ResponseEntity<byte[]> content(@PathVariable UUID id, @PathVariable UUID fileId) {
		return Uploads.download(attachments.open(callers.current(), id, fileId));
	}

	@ApiResponse(responseCode = "204", description = "No content")
	@RequiresPermission(Permission.WRITE_LETTERS)
	@DeleteMapping("/{fileId}")
	ResponseEntity<Void> detach(@PathVariable UUID id, @PathVariable UUID fileId) {
		attachments.detach(callers.current(), id, fileId);
		return ResponseEntity.noContent().build();
	}
}
