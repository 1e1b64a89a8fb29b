package dev.katib.archive.internal;

import java.util.Arrays;
import java.util.Map;

import org.springframework.http.HttpStatus;

import dev.katib.platform.KatibException;
import dev.katib.platform.ProblemType;

/**
 * The kinds of file the archive accepts, recognised by their first bytes rather than by the name or
 * type a client claims.
 */
final class ContentTypes {

	static final ProblemType UNSUPPORTED_FILE = new ProblemType("unsupported-file", HttpStatus.UNSUPPORTED_MEDIA_TYPE,
			"Unsupported file");

	static final String PDF = "application/pdf";
	static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
	static final String PNG = "image/png";
	static final String JPEG = "image/jpeg";

	private static final Map<String, byte[]> SIGNATURES = Map.of(PDF, "%PDF-".getBytes(), DOCX,
			new byte[] { 'P', 'K', 3, 4 }, PNG, new byte[] { (byte) 0x89, 'P', 'N', 'G' }, JPEG,
			new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF });

	private ContentTypes() {
	}

	/** The claimed type when the bytes bear it out; otherwise an {@code unsupported-file} error. */
	static String verified(String claimed, byte[] content) {
		String type = claimed.toLowerCase().split(";")[0].strip();
		byte[] signature = SIGNATURES.get(type);
		if (signature == null) {
			throw new KatibException(UNSUPPORTED_FILE,
					"Only PDF, Word (.docx), PNG and JPEG files can be archived, not " + type + ".");
		}
		if (content.length < signature.length
				|| !Arrays.equals(Arrays.copyOf(content, signature.length), signature)) {
			throw new KatibException(UNSUPPORTED_FILE, "The file's content is not a " + type + " file.");
		}
		return type;
	}
}
