package dev.katib.letters;

/** How a version of a letter came to be. */
public enum VersionSource {
	/** Drafted by a model. */
	DRAFTED,
	/** Composed by the offline engine, with no model. */
	DRAFTED_WITHOUT_AI,
	/** Fields edited by hand. */
	EDITED_BY_HAND,
	/** Revised by a model following a chat instruction. */
	EDITED_BY_CHAT,
	/** An earlier version made current again. */
	RESTORED
}
