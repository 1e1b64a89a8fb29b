package dev.katib.connectors;

import java.util.List;
import java.util.Optional;

import dev.katib.accounts.Caller;

/** How an organisation's tables map to letter fields; owners and administrators change them. */
public interface FieldMappings {

	Optional<FieldMapping> find(Caller caller, TableRef table);

	FieldMapping save(Caller caller, FieldMapping mapping);

	/** The first records of the table as letters would see them through the mapping. */
	List<MappedRecord> preview(Caller caller, FieldMapping mapping, int records);

	/** Records as letters see them through the table's saved mapping. */
	List<MappedRecord> map(Caller caller, TableRef table, List<SourceRecord> records);
}
