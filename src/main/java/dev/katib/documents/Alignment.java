package dev.katib.documents;

/** Where a line sits across the page, relative to the document's direction. */
public enum Alignment {

	/** The side reading begins on: right in Arabic, left in English. */
	START,

	CENTRE,

	/** The side reading ends on: left in Arabic, right in English. */
	END
}
