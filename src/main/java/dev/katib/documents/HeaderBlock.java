package dev.katib.documents;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The block at the top of a formal letter: number, dates, attachments and subject.
 *
 * @param referenceNumber the number issued by the server, such as {@code OUT/1448/000123}; none on a draft
 * @param issued when the document was issued; printed as Hijri (Umm al-Qura) and Gregorian dates
 * @param attachments how many attachments go with it
 * @param subject the subject line
 */
public record HeaderBlock(@Nullable String referenceNumber, IssueDate issued, int attachments, String subject) {

	public HeaderBlock {
		Objects.requireNonNull(issued, "issued");
		Objects.requireNonNull(subject, "subject");
		if (attachments < 0) {
			throw new IllegalArgumentException("Attachments cannot be negative.");
		}
	}
}
