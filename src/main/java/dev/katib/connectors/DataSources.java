package dev.katib.connectors;

import java.util.List;
import java.util.UUID;

import dev.katib.accounts.Caller;

/**
 * An organisation's data sources and their schema. Owners and administrators connect and remove
 * sources; writers (and they) read them. Another organisation's source answers as not found.
 */
public interface DataSources {

	List<DataSource> list(Caller caller);

	DataSource find(Caller caller, UUID sourceId);

	/**
	 * Connects a source after checking its credential with the source itself.
	 *
	 * @throws SourceException saying what is wrong with the credential
	 */
	DataSource connect(Caller caller, NewSource source);

	/** Removes the source, its credential, mappings and built-in tables. */
	void remove(Caller caller, UUID sourceId);

	List<Base> bases(Caller caller, UUID sourceId);

	/**
	 * Adds a spreadsheet to a Google Sheets source by its link or id, checking at once that it is shared
	 * with the source's service account.
	 *
	 * @throws SourceException naming the service account when the spreadsheet is not shared with it
	 */
	Base addBase(Caller caller, UUID sourceId, String reference);

	/** Stops reading a spreadsheet added with {@link #addBase}; the spreadsheet itself is untouched. */
	void removeBase(Caller caller, UUID sourceId, String baseId);

	List<SourceTable> tables(Caller caller, UUID sourceId, String baseId);

	SourceTable table(Caller caller, TableRef table);

	/** Adds a table to a source of built-in tables. */
	SourceTable createTable(Caller caller, UUID sourceId, String name, List<NewField> fields);

	/** Renames a built-in table; another table of the source may not have the name already. */
	SourceTable renameTable(Caller caller, TableRef table, String name);

	/** Removes a built-in table with its records, field mapping and import history. */
	void removeTable(Caller caller, TableRef table);
}
