package dev.katib.paper.downloads;

import java.nio.charset.StandardCharsets;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import dev.katib.platform.Hashes;

/** How a letter's file is answered over HTTP, for the API and the pages alike. */
final class PaperDownloads {

	private PaperDownloads() {
	}

	static ResponseEntity<byte[]> answer(PaperFile file) {
		byte[] content = file.content();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.filename(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.eTag("\"" + sha256(content) + "\"")
			.cacheControl(CacheControl.noCache().cachePrivate())
			.body(content);
	}

	private static String sha256(byte[] content) {
		return Hashes.sha256Hex(content);
	}
}
