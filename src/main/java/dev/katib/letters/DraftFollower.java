package dev.katib.letters;

/**
 * Someone following the drafting of a letter, e.g. a browser's event stream: it is sent {@code chunk} (a piece
 * of the model's JSON as it arrives), {@code repairing} (the answer broke the rules and the model is asked once
 * more: what was sent so far no longer counts), then {@code version} (the letter's view once its first version is
 * stored) or {@code failed} (a problem detail), after which it is completed.
 */
public interface DraftFollower {

	/**
	 * Sends one event; text events carry their text, the last ones the letter's view or a problem detail.
	 *
	 * @return whether the follower is still there; one that left is not sent anything more
	 */
	boolean send(String event, Object data);

	/** Drafting ended; nothing more will be sent. */
	void complete();
}
