package dev.katib.connectors;

import java.util.UUID;

/**
 * One table of a data source: an Airtable table in a base, a sheet in a spreadsheet, or a built-in table.
 *
 * @param sourceId the data source
 * @param baseId the Airtable base, the spreadsheet, or {@link #BUILT_IN_BASE} for built-in tables
 * @param tableId the table's id in that base
 */
public record TableRef(UUID sourceId, String baseId, String tableId) {

	/** The one base of a source of built-in tables. */
	public static final String BUILT_IN_BASE = "local";
}
