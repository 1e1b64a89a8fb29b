package dev.katib.connectors.backend;

import java.util.List;
import java.util.Map;

import dev.katib.connectors.Base;
import dev.katib.connectors.RecordPage;
import dev.katib.connectors.RecordQuery;
import dev.katib.connectors.SourceKind;
import dev.katib.connectors.SourceRecord;
import dev.katib.connectors.SourceTable;
import dev.katib.platform.KatibException;
import dev.katib.platform.ProblemType;

/**
 * One kind of data source. Values going in are already typed and checked against the table's
 * fields; values coming out are typed as {@link dev.katib.connectors.FieldType#javaType()} says.
 * Failures are {@link dev.katib.connectors.SourceException}s naming the source.
 */
public interface TableBackend {

	SourceKind kind();

	/** Checks the credential with the source at once, saying what is wrong. */
	void check(SourceAccess source);

	List<Base> bases(SourceAccess source);

	/**
	 * Adds a base the credential reaches but the source cannot list (a spreadsheet shared with a
	 * service account), checking it at once.
	 *
	 * @param reference what the organisation gave: a link or an id
	 */
	default Base addBase(SourceAccess source, String reference) {
		throw new KatibException(ProblemType.VALIDATION_FAILED, "Spreadsheets are added one by one only to Google "
				+ "Sheets sources; \"" + source.name() + "\" shows every base it can reach by itself.");
	}

	/** Stops reading a base added with {@link #addBase}; nothing in the base itself changes. */
	default void removeBase(SourceAccess source, String baseId) {
		throw new KatibException(ProblemType.VALIDATION_FAILED, "Spreadsheets are removed one by one only from Google "
				+ "Sheets sources; \"" + source.name() + "\" shows every base it can reach by itself.");
	}

	List<SourceTable> tables(SourceAccess source, String baseId);

	RecordPage list(SourceAccess source, String baseId, SourceTable table, RecordQuery query);

	SourceRecord get(SourceAccess source, String baseId, SourceTable table, String recordId);

	/** Creates the records; the source may take them in chunks. */
	List<SourceRecord> create(SourceAccess source, String baseId, SourceTable table, List<Map<String, Object>> records,
			boolean typecast);

	SourceRecord update(SourceAccess source, String baseId, SourceTable table, String recordId,
			Map<String, Object> fields, boolean typecast);

	/**
	 * Changes several records, by id; the source may take them in chunks of {@link #maxRecordsPerWrite()}. By
	 * default one request per record, for sources that change one at a time.
	 */
	default List<SourceRecord> updateAll(SourceAccess source, String baseId, SourceTable table,
			Map<String, Map<String, Object>> fieldsByRecord, boolean typecast) {
		return fieldsByRecord.entrySet().stream()
			.map(entry -> update(source, baseId, table, entry.getKey(), entry.getValue(), typecast))
			.toList();
	}

	/**
	 * Creates or updates records matched on the merge fields; the source may take them in chunks.
	 *
	 * @return the records created and updated
	 */
	Upserted upsert(SourceAccess source, String baseId, SourceTable table, List<Map<String, Object>> records,
			List<String> mergeOn, boolean typecast);

	void delete(SourceAccess source, String baseId, SourceTable table, List<String> recordIds);

	/** The largest number of records one write request may carry. */
	int maxRecordsPerWrite();

	/**
	 * What an upsert did.
	 *
	 * @param created ids of the records created
	 * @param updated ids of the records updated
	 */
	record Upserted(List<String> created, List<String> updated) {

		public Upserted {
			created = List.copyOf(created);
			updated = List.copyOf(updated);
		}
	}
}
