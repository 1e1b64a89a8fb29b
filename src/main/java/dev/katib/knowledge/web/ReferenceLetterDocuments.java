package dev.katib.knowledge.web;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

import dev.katib.archive.DocumentTexts;
import dev.katib.knowledge.ReferenceLetter;
import dev.katib.platform.KatibException;

/** The text of a reference letter uploaded as a document (PDF, Word or text), read as the archive reads files. */
@Component
class ReferenceLetterDocuments {

	private final DocumentTexts documents;

	ReferenceLetterDocuments(DocumentTexts documents) {
		this.documents = documents;
	}

	/** @throws KatibException invalid, naming {@code file}, for no file or a text too long for a reference letter */
	String text(@Nullable MultipartFile file) {
		if (file == null || file.isEmpty()) {
			throw KatibException.invalidField("file", "Choose a PDF, Word (.docx) or text document.");
		}
		String text;
		try {
			text = documents.read(file.getBytes()).text();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (text.length() > ReferenceLetter.MAX_LENGTH) {
			throw KatibException.invalidField("file", "The document holds " + text.length()
					+ " characters of text; a reference letter holds at most " + ReferenceLetter.MAX_LENGTH
					+ ". Upload the letter alone, without its attachments.");
		}
		return text;
	}
}
