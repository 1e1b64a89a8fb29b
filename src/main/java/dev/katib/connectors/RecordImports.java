package dev.katib.connectors;

import java.util.UUID;

import dev.katib.accounts.Caller;

/**
 * Imports of rows into a table, run as durable jobs: the rows are stored first, then written in
 * chunks the source accepts, paced under its limits; a restart resumes them.
 */
public interface RecordImports {

	ImportProgress start(Caller caller, TableRef table, ImportRequest request);

	ImportProgress progress(Caller caller, UUID importId);
}
