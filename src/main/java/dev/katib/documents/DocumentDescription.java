package dev.katib.documents;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A document to render, described without markup: what a formal letter carries, in order. The
 * module that owns the content (letters, for instance) builds it; documents lays it out.
 *
 * @param key which document and version this is; renders are cached by it
 * @param language the language, which decides the direction
 * @param digits which digits dates and page numbers use
 * @param header number, dates, attachments and subject
 * @param body the body blocks, in reading order
 * @param signature the signature block, if the document has one
 * @param verification the verification code and address for the QR code, if issued
 * @param draft whether to print a DRAFT watermark across every page
 * @param metadata title, author and creation date of the file
 */
public record DocumentDescription(DocumentKey key, DocumentLanguage language, DigitStyle digits, HeaderBlock header,
		List<BodyBlock> body, @Nullable SignatureBlock signature, @Nullable Verification verification, boolean draft,
		DocumentMetadata metadata) {

	public DocumentDescription {
		Objects.requireNonNull(key, "key");
		Objects.requireNonNull(language, "language");
		Objects.requireNonNull(digits, "digits");
		Objects.requireNonNull(header, "header");
		Objects.requireNonNull(metadata, "metadata");
		body = List.copyOf(body);
	}
}
