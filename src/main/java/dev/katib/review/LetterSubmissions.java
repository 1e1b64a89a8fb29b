package dev.katib.review;

import java.util.UUID;

import org.springframework.stereotype.Service;

import dev.katib.accounts.Caller;
import dev.katib.letters.LetterStatus;
import dev.katib.letters.LetterTransition;

/**
 * Submits letters for review on behalf of their writer, as the letter's page does: for batch runs that submit every
 * letter they draft. The organisation's workflow rules apply as they do to the writer's own click.
 */
@Service
public class LetterSubmissions {

	private final Transitions transitions;

	LetterSubmissions(Transitions transitions) {
		this.transitions = transitions;
	}

	/**
	 * Submits the caller's letter.
	 *
	 * @return its status afterwards: {@code IN_REVIEW}, or {@code APPROVED} when its category needs no review
	 * @throws dev.katib.platform.KatibException as the workflow's submit does: forbidden, not possible from the
	 *         letter's status, or not drafted yet
	 */
	public LetterStatus submit(Caller caller, UUID letterId) {
		return LetterStatus.valueOf(transitions.perform(caller, letterId, LetterTransition.SUBMIT, null, null).status());
	}
}
