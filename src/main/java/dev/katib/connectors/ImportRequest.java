package dev.katib.connectors;

import java.util.List;

/**
 * Rows to import into a table.
 *
 * @param rows the rows
 * @param upsertKey columns (one to three) that identify a record: a row whose key matches a record
 * updates it, so importing the same rows again changes nothing; empty to always create
 * @param typecast let the source convert text to the field's type (new select choices, dates as text)
 */
public record ImportRequest(ImportRows rows, List<String> upsertKey, boolean typecast) {

	public ImportRequest {
		upsertKey = List.copyOf(upsertKey);
	}
}
