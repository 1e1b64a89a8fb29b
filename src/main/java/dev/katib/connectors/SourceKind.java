package dev.katib.connectors;

/** Where a data source keeps its records. */
public enum SourceKind {
	/** An Airtable account reached with a personal access token; its bases hold the tables. */
	AIRTABLE,
	/** Google Sheets reached with a service account; each spreadsheet is a base, each sheet a table. */
	GOOGLE_SHEETS,
	/** Tables kept in Katib's own database, filled by hand or from uploaded spreadsheets. */
	BUILT_IN
}
