package dev.katib.archive;

/** What a stored file is to the organisation. */
public enum FileKind {
	/** The final document of a letter the organisation issued. */
	LETTER,
	/** A file attached to a letter. */
	ATTACHMENT,
	/** A letter the organisation received. */
	INCOMING
}
