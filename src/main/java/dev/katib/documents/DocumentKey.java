package dev.katib.documents;

import java.util.Objects;
import java.util.UUID;

/**
 * Which document, and which version of it, a description renders. Two descriptions with the same key
 * describe the same content, so renders are cached by it.
 *
 * @param documentId the document, e.g. a letter, in the module that owns it
 * @param version its version, from 1
 */
public record DocumentKey(UUID documentId, int version) {

	public DocumentKey {
		Objects.requireNonNull(documentId, "documentId");
		if (version < 1) {
			throw new IllegalArgumentException("A document version starts at 1.");
		}
	}
}
