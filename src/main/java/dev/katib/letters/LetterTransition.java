package dev.katib.letters;

import static dev.katib.letters.LetterStatus.APPROVED;
import static dev.katib.letters.LetterStatus.ARCHIVED;
import static dev.katib.letters.LetterStatus.CANCELLED;
import static dev.katib.letters.LetterStatus.DRAFT;
import static dev.katib.letters.LetterStatus.IN_REVIEW;
import static dev.katib.letters.LetterStatus.RETURNED;
import static dev.katib.letters.LetterStatus.SENT;
import static dev.katib.letters.LetterStatus.SIGNED;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.katib.platform.KatibException;

/** A move through a letter's life: the statuses it is possible from and the status it leads to. */
public enum LetterTransition {

	SUBMIT(IN_REVIEW, DRAFT, RETURNED),
	APPROVE(APPROVED, IN_REVIEW),
	RETURN(RETURNED, IN_REVIEW),
	SIGN(SIGNED, APPROVED),
	SEND(SENT, SIGNED),
	CANCEL(CANCELLED, DRAFT, RETURNED, IN_REVIEW, APPROVED),
	ARCHIVE(ARCHIVED, SENT, SIGNED);

	private final LetterStatus target;
	private final Set<LetterStatus> from;

	LetterTransition(LetterStatus target, LetterStatus first, LetterStatus... more) {
		this.target = target;
		this.from = Set.copyOf(EnumSet.of(first, more));
	}

	/** The status it leads to (a submit whose category needs no review leads to APPROVED instead). */
	public LetterStatus target() {
		return target;
	}

	public boolean possibleFrom(LetterStatus status) {
		return from.contains(status);
	}

	/**
	 * @throws KatibException {@code transition-not-allowed} when the move is not possible from the status;
	 *         {@code letter-not-drafted} when it needs a version and the letter has none yet
	 */
	void requirePossible(LetterStatus status, int currentVersion) {
		if (!possibleFrom(status)) {
			throw new KatibException(LetterProblems.TRANSITION_NOT_ALLOWED, "A letter that is " + status
					+ " cannot take the action \"" + segment() + "\".",
					Map.of("status", status.name(), "action", segment()));
		}
		if (needsVersion() && currentVersion == 0) {
			throw new KatibException(LetterProblems.NOT_DRAFTED,
					"The letter has no version yet; wait until its draft is written.");
		}
	}

	/** Whether it needs a version to act on: every move but cancelling one whose draft never came. */
	public boolean needsVersion() {
		return this != CANCEL;
	}

	/** Its name in a path and in the audit trail: {@code submit}, {@code return}, ... */
	public String segment() {
		return name().toLowerCase(Locale.ROOT);
	}
}
