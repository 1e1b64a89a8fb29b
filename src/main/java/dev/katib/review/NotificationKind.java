package dev.katib.review;

/** What a notification tells its reader about a letter. */
enum NotificationKind {
	/** A letter was submitted for review: for reviewers. */
	SUBMITTED,
	/** A letter was returned with a comment: for its writer. */
	RETURNED,
	/** A letter was approved: for its writer. */
	APPROVED,
	/** An approved letter waits for a signature: for signers. */
	AWAITING_SIGNATURE,
	/** A letter was signed: for its writer. */
	SIGNED;

	String key() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}
}
