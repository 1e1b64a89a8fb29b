package dev.katib.connectors;

import java.util.UUID;

import dev.katib.accounts.Caller;

/**
 * Imports of rows into a table, run as durable jobs: the rows are stored first, then written in
 * chunks the source accepts, paced under its limits; a restart resumes them.
 */
public interface RecordImports {

	ImportProgress start(Caller caller, TableRef table, ImportRequest request);

	/**
	 * Starts the import once: a retry with the same key and the same request gets the first import back.
	 *
	 * @throws dev.katib.platform.KatibException {@code conflict} when the key was used for another request
	 */
	ImportProgress start(Caller caller, TableRef table, ImportRequest request, @org.jspecify.annotations.Nullable String idempotencyKey);

	ImportProgress progress(Caller caller, UUID importId);

	/** The table's latest imports (at most 20), newest first, so that their reports can be read again. */
	java.util.List<ImportProgress> recent(Caller caller, TableRef table);
}
