package dev.katib.letters;

/** Where a letter is in its life, {@link #DRAFT} first. */
public enum LetterStatus {

	/** Being written; its content may change. */
	DRAFT,
	/** Submitted, waiting for a reviewer. */
	IN_REVIEW,
	/** Given back to its writer with a comment; its content may change again. */
	RETURNED,
	/** Approved; its text is final. */
	APPROVED,
	/** Signed; its final PDF is archived. */
	SIGNED,
	/** Sent to its recipient. */
	SENT,
	/** Given up before it was signed. */
	CANCELLED,
	/** Filed away after it was signed or sent. */
	ARCHIVED;

	/** Whether the letter's content may change: while it is a draft or has been returned to its writer. */
	public boolean editable() {
		return this == DRAFT || this == RETURNED;
	}

	/** Whether the letter's text is final, so that it prints without the DRAFT watermark. */
	public boolean approved() {
		return this == APPROVED || this == SIGNED || this == SENT || this == ARCHIVED;
	}

	/** Whether the letter has been signed, so that its final PDF is archived. */
	public boolean signed() {
		return this == SIGNED || this == SENT || this == ARCHIVED;
	}
}
