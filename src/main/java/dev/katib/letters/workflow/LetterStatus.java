package dev.katib.letters.workflow;

/** Where a letter is in its life. */
enum LetterStatus {
	DRAFT, IN_REVIEW, RETURNED, APPROVED, SIGNED, SENT, CANCELLED, ARCHIVED;

	/** Whether the content may still change: versions are refused from approval on. */
	boolean open() {
		return this == DRAFT || this == RETURNED || this == IN_REVIEW;
	}
}
