package dev.katib.review;

import java.util.Set;
import java.util.UUID;

import dev.katib.accounts.Permission;
import dev.katib.accounts.Role;
import dev.katib.letters.LetterStatus;
import dev.katib.letters.LetterTransition;

/**
 * Who may do what to a letter. Owners and administrators may do everything; the writer submits, sends,
 * cancels and archives their own letters; reviewers approve and return; signers sign. Whether the writer may
 * approve their own letter is the organisation's choice.
 */
final class WorkflowPolicy {

	private WorkflowPolicy() {
	}

	/**
	 * Whether a member with these roles may ever do this to the letter, whatever its status.
	 *
	 * @param memberId the member
	 * @param roles the member's roles
	 * @param writerId the writer of the letter
	 */
	static boolean permits(LetterTransition action, UUID memberId, Set<Role> roles, UUID writerId, WorkflowSettings settings) {
		if (Permission.MANAGE_LETTERS.isGrantedTo(roles)) {
			return true;
		}
		boolean writes = Permission.WRITE_LETTERS.isGrantedTo(roles);
		boolean ownLetter = writerId.equals(memberId);
		boolean reviews = Permission.REVIEW_LETTERS.isGrantedTo(roles);
		return switch (action) {
			case SUBMIT, SEND, CANCEL, ARCHIVE -> writes && ownLetter;
			case APPROVE -> ownLetter ? settings.writersApproveOwn() && (writes || reviews) : reviews;
			case RETURN -> reviews;
			case SIGN -> Permission.SIGN_LETTERS.isGrantedTo(roles);
		};
	}

	/** The status the action leads to: a submitted letter whose category needs no review is approved at once. */
	/** Whether the letter receives its number when it reaches this status (if it has none yet). */
	static boolean numbersAt(LetterStatus reached, WorkflowSettings settings) {
		return switch (reached) {
			case APPROVED -> settings.numberingAt() == WorkflowSettings.NumberingAt.APPROVAL;
			case SIGNED -> true;
			default -> false;
		};
	}
}
