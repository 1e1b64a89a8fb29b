package dev.katib.letters.versions;

import java.util.Map;
import java.util.Set;

import org.springframework.http.HttpStatus;

import dev.katib.accounts.Caller;
import dev.katib.accounts.Permission;
import dev.katib.accounts.Role;
import dev.katib.letters.history.StoredLetter;
import dev.katib.platform.KatibException;
import dev.katib.platform.ProblemType;

/**
 * Who may change a letter, and when: its writer (while they may write letters), or an owner or admin of the
 * organisation; and only while the letter is a draft or has been returned to its writer.
 */
public final class EditRights {

	/** The letter is past the stage where its content may change. */
	public static final ProblemType NOT_EDITABLE = new ProblemType("letter-not-editable", HttpStatus.CONFLICT,
			"The letter cannot be edited");

	private static final Set<String> EDITABLE = Set.of("DRAFT", "RETURNED");

	private EditRights() {
	}

	/** Whether the caller is someone who may change this letter, whatever its status. */
	public static boolean mayEdit(Caller caller, StoredLetter letter) {
		return caller.hasAnyRole(Role.OWNER, Role.ADMIN) || caller.userId().equals(letter.writerId())
				&& Permission.WRITE_LETTERS.isGrantedTo(caller.roles());
	}

	/** Whether the letter's status allows changes. */
	public static boolean isEditable(StoredLetter letter) {
		return EDITABLE.contains(letter.status());
	}

	/**
	 * @throws KatibException {@code forbidden} when the caller may not change this letter; {@code letter-not-editable}
	 *         when its status does not allow changes
	 */
	public static void requireEditable(Caller caller, StoredLetter letter) {
		requireEditor(caller, letter);
		if (!isEditable(letter)) {
			throw new KatibException(NOT_EDITABLE, "A letter can be changed only while it is a draft or returned; "
					+ "this one is " + letter.status() + ".", Map.of("status", letter.status()));
		}
	}

	/** @throws KatibException {@code forbidden} when the caller may not change this letter */
	public static void requireEditor(Caller caller, StoredLetter letter) {
		if (!mayEdit(caller, letter)) {
			throw new KatibException(ProblemType.FORBIDDEN,
					"Only the letter's writer, an owner or an admin may change it or use its chat.");
		}
	}
}
