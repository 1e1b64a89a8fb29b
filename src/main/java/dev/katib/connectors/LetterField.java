package dev.katib.connectors;

/** A fact a letter takes from a record, which an organisation maps to one of its table's columns. */
public enum LetterField {
	RECIPIENT_NAME, HONORIFIC, JOB_TITLE, GENDER, ORGANISATION, EMAIL, PHONE, REQUEST
}
