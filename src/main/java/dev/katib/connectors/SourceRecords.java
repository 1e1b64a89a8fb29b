package dev.katib.connectors;

import java.util.List;
import java.util.Map;

import dev.katib.accounts.Caller;

/**
 * The records of a table, read and written in the source itself. Values are checked against the
 * field's type before anything is sent; a read after Katib's own write always sees that write.
 */
public interface SourceRecords {

	RecordPage list(Caller caller, TableRef table, RecordQuery query);

	/** Follows the pages to the end, or until {@code limit} records. */
	List<SourceRecord> listAll(Caller caller, TableRef table, RecordQuery query, int limit);

	SourceRecord get(Caller caller, TableRef table, String recordId);

	SourceRecord create(Caller caller, TableRef table, Map<String, Object> fields);

	/** Changes the given fields only; a {@code null} value empties a field. */
	SourceRecord update(Caller caller, TableRef table, String recordId, Map<String, Object> fields);

	/**
	 * Changes the given fields of several records (by record id), in as few requests as the source takes: ten
	 * records a request for Airtable, each request paced as every other. Every value is checked before anything
	 * is sent; a request that fails fails the whole call, the requests before it having been written.
	 */
	List<SourceRecord> updateAll(Caller caller, TableRef table, Map<String, Map<String, Object>> fieldsByRecord);

	void delete(Caller caller, TableRef table, String recordId);
}
