package dev.katib.documents;

/** Where a letterhead version is in its life. */
public enum LetterheadStatus {

	/** Being edited; not used for documents yet. */
	DRAFT,

	/** The organisation's letterhead now; never changes. */
	ACTIVE,

	/** Was active once; kept because documents printed on it record it. */
	RETIRED
}
