package dev.katib.letters.attachments;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;

import dev.katib.archive.FileContent;
import dev.katib.platform.KatibException;

/** Files in and out over HTTP: an upload's name and bytes, and a download that is never shown inline. */
final class Uploads {

	private Uploads() {
	}

	record Upload(String filename, byte[] content) {
	}

	static Upload of(@Nullable MultipartFile file) throws IOException {
		if (file == null || file.isEmpty()) {
			throw KatibException.invalidField("file", "Choose a file to attach.");
		}
		String name = file.getOriginalFilename();
		return new Upload(name == null || name.isBlank() ? "attachment" : name, file.getBytes());
	}

	static ResponseEntity<byte[]> download(FileContent file) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.file().contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(file.file().filename(), StandardCharsets.UTF_8)
				.build()
				.toString())
			.header("X-Content-Type-Options", "nosniff")
			.cacheControl(CacheControl.noCache().cachePrivate())
			.body(file.bytes());
	}
}
