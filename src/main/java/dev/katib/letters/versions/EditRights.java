package dev.katib.letters.versions;

import dev.katib.accounts.Caller;
import dev.katib.accounts.Permission;
import dev.katib.letters.Letter;
import dev.katib.platform.KatibException;
import dev.katib.platform.ProblemType;

/**
 * Who may change a letter: its writer (while they may write letters), or whoever manages the organisation's letters
 * (its owners and administrators).
 * When a letter may change is the letter's own rule ({@link Letter#requireEditable()}).
 */
public final class EditRights {

	private EditRights() {
	}

	/** Whether the caller is someone who may change this letter, whatever its status. */
	public static boolean mayEdit(Caller caller, Letter letter) {
		return Permission.MANAGE_LETTERS.isGrantedTo(caller) || caller.userId().equals(letter.writerId())
				&& Permission.WRITE_LETTERS.isGrantedTo(caller);
	}

	/**
	 * @throws KatibException {@code forbidden} when the caller may not change this letter; {@code letter-not-editable}
	 *         when it may not change now
	 */
	public static void requireEditable(Caller caller, Letter letter) {
		requireEditor(caller, letter);
		letter.requireEditable();
	}

	/** @throws KatibException {@code forbidden} when the caller may not change this letter */
	public static void requireEditor(Caller caller, Letter letter) {
		if (!mayEdit(caller, letter)) {
			throw new KatibException(ProblemType.FORBIDDEN,
					"Only the letter's writer, an owner or an admin may change it or use its chat.");
		}
	}
}
