package dev.katib.letters;

import org.springframework.http.HttpStatus;

import dev.katib.platform.ProblemType;

/** The problem types of letters. */
public final class LetterProblems {

	/** The letter's status does not allow changing its content. */
	public static final ProblemType NOT_EDITABLE = new ProblemType("letter-not-editable", HttpStatus.CONFLICT,
			"The letter cannot be edited");

	/** No letter that follows the rules came out of drafting, even after a repair. */
	public static final ProblemType INVALID = new ProblemType("letter-invalid", HttpStatus.UNPROCESSABLE_CONTENT,
			"The letter breaks the rules of a correct letter");

	/** An Idempotency-Key was used again with a different request. */
	public static final ProblemType KEY_REUSED = new ProblemType("idempotency-key-reused",
			HttpStatus.UNPROCESSABLE_CONTENT, "The Idempotency-Key was used for another request");

	/** Drafting stopped before it ended, e.g. because the server restarted. */
	public static final ProblemType DRAFTING_INTERRUPTED = new ProblemType("drafting-interrupted",
			HttpStatus.SERVICE_UNAVAILABLE, "Drafting was interrupted");

	/** The letter's status does not allow the move asked for. */
	public static final ProblemType TRANSITION_NOT_ALLOWED = new ProblemType("transition-not-allowed",
			HttpStatus.CONFLICT, "Transition not allowed");

	/** The move needs a version and the letter's first one is not written yet. */
	public static final ProblemType NOT_DRAFTED = new ProblemType("letter-not-drafted", HttpStatus.CONFLICT,
			"Letter not drafted yet");

	private LetterProblems() {
	}
}
