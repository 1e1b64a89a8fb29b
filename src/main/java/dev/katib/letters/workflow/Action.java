package dev.katib.letters.workflow;

import java.util.EnumSet;
import java.util.Set;

import static dev.katib.letters.workflow.LetterStatus.APPROVED;
import static dev.katib.letters.workflow.LetterStatus.ARCHIVED;
import static dev.katib.letters.workflow.LetterStatus.CANCELLED;
import static dev.katib.letters.workflow.LetterStatus.DRAFT;
import static dev.katib.letters.workflow.LetterStatus.IN_REVIEW;
import static dev.katib.letters.workflow.LetterStatus.RETURNED;
import static dev.katib.letters.workflow.LetterStatus.SENT;
import static dev.katib.letters.workflow.LetterStatus.SIGNED;

/** What a member can do to a letter, the statuses it is possible from and the status it leads to. */
enum Action {
	SUBMIT(IN_REVIEW, DRAFT, RETURNED),
	APPROVE(APPROVED, IN_REVIEW),
	RETURN(RETURNED, IN_REVIEW),
	SIGN(SIGNED, APPROVED),
	SEND(SENT, SIGNED),
	CANCEL(CANCELLED, DRAFT, RETURNED, IN_REVIEW, APPROVED),
	ARCHIVE(ARCHIVED, SENT, SIGNED);

	private final LetterStatus target;
	private final Set<LetterStatus> from;

	Action(LetterStatus target, LetterStatus first, LetterStatus... more) {
		this.target = target;
		this.from = Set.copyOf(EnumSet.of(first, more));
	}

	LetterStatus target() {
		return target;
	}

	boolean possibleFrom(LetterStatus status) {
		return from.contains(status);
	}

	/** The path segment of the action: {@code submit}, {@code return}, ... */
	String segment() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}
}
