package dev.katib.archive.internal;

import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import dev.katib.archive.DocumentTexts;
import dev.katib.platform.KatibException;
import dev.katib.platform.ProblemType;

/** Reads uploaded documents with the archive's own type sniffing and text extraction. */
@Component
class TextOfDocuments implements DocumentTexts {

	static final ProblemType WITHOUT_TEXT = new ProblemType("document-without-text", HttpStatus.UNPROCESSABLE_CONTENT,
			"No text in the document");

	private static final Set<String> DOCUMENTS = Set.of(ContentTypes.PDF, ContentTypes.DOCX, ContentTypes.TEXT);

	private final TextExtraction extraction = new TextExtraction();

	@Override
	public DocumentText read(byte[] content) {
		if (content.length > MAX_BYTES) {
			throw new KatibException(ProblemType.DOCUMENT_TOO_LARGE, "Documents of up to " + MAX_BYTES / (1024 * 1024)
					+ " MB can be read; this one has " + content.length + " bytes.");
		}
		String type = ContentTypes.sniffed(content);
		if (!DOCUMENTS.contains(type)) {
			throw new KatibException(ContentTypes.UNSUPPORTED_FILE,
					"Only PDF, Word (.docx) and plain-text documents can be read; this file's content is " + type + ".");
		}
		String text = tidy(extraction.extract(type, content).text());
		if (text.isEmpty()) {
			throw new KatibException(WITHOUT_TEXT,
					"No text could be read from this document; a scanned page holds a picture of text, not text.");
		}
		return new DocumentText(type, text);
	}

	/** Lines as a person would type them: no control characters, at most one blank line in a row. */
	static String tidy(String text) {
		String lines = text.replace("\r\n", "\n")
			.replace('\r', '\n')
			.replace('\u00A0', ' ')
			.codePoints()
			.filter(c -> c == '\n' || c == '\t' || !Character.isISOControl(c))
			.filter(c -> c < Character.MIN_SURROGATE || c > Character.MAX_SURROGATE)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString();
		return lines.replaceAll("[ \t]+\n", "\n").replaceAll("\n{3,}", "\n\n").strip();
	}
}
