package dev.katib.documents;

import java.time.Instant;
import java.util.Objects;

/**
 * What the file says about itself.
 *
 * @param title the document's title
 * @param author the organisation or person it is from
 * @param created when this version was created; written as the file's creation date so that the same
 *        input always gives the same bytes
 */
public record DocumentMetadata(String title, String author, Instant created) {

	public DocumentMetadata {
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(author, "author");
		Objects.requireNonNull(created, "created");
	}
}
