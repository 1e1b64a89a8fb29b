package dev.katib.letters.attachments;

import java.io.IOException;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.katib.accounts.Callers;
import dev.katib.accounts.Permission;
import dev.katib.accounts.RequiresPermission;
import dev.katib.letters.LetterAttachments;
import dev.katib.platform.KatibException;
import dev.katib.platform.Pages;

/** Attaching, removing and downloading a letter's files from its page. */
@Pages
class AttachmentPages {

	private static final Set<String> EXPLAINED = Set.of("unsupported-file", "file-too-large",
			"attachments-limit-reached", "letter-not-editable", "validation-failed");

	private final LetterAttachments attachments;
	private final Callers callers;

	AttachmentPages(LetterAttachments attachments, Callers callers) {
		this.attachments = attachments;
		this.callers = callers;
	}

	@RequiresPermission(Permission.WRITE_LETTERS)
	@PostMapping(path = "/letters/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	String attach(@PathVariable UUID id, @RequestParam(required = false) @Nullable MultipartFile file,
			RedirectAttributes redirect) throws IOException {
		try {
			var upload = Uploads.of(file);
			attachments.attach(callers.current(), id, upload.filename(), upload.content());
			redirect.addFlashAttribute("attachmentStatus", "added");
		}
		catch (KatibException ex) {
			refusedUnlessHidden(ex, redirect);
		}
		return "redirect:/letters/" + id + "#letter-attachments";
	}

	@RequiresPermission(Permission.WRITE_LETTERS)
	@PostMapping("/letters/{id}/attachments/{fileId}/remove")
	String detach(@PathVariable UUID id, @PathVariable UUID fileId, RedirectAttributes redirect) {
		try {
			attachments.detach(callers.current(), id, fileId);
			redirect.addFlashAttribute("attachmentStatus", "removed");
		}
		catch (KatibException ex) {
			refusedUnlessHidden(ex, redirect);
		}
		return "redirect:/letters/" + id + "#letter-attachments";
	}

	@RequiresPermission(Permission.READ_LETTERS)
	@GetMapping("/letters/{id}/attachments/{fileId}")
	@ResponseBody
	ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable UUID fileId) {
		return Uploads.download(attachments.open(callers.current(), id, fileId));
	}

	/** Refusals the writer can act on are shown on the page; not found and forbidden stay what they are. */
	private static void refusedUnlessHidden(KatibException ex, RedirectAttributes redirect) {
		String slug = ex.type().slug();
		if (!EXPLAINED.contains(slug)) {
			throw ex;
		}
		redirect.addFlashAttribute("attachmentError", slug);
	}
}
