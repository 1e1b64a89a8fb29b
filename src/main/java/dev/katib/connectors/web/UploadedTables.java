package dev.katib.connectors.web;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.katib.accounts.Caller;
import dev.katib.accounts.Colleagues;
import dev.katib.connectors.DataSources;
import dev.katib.connectors.ImportProgress;
import dev.katib.connectors.ImportRequest;
import dev.katib.connectors.RecordImports;
import dev.katib.connectors.SourceTable;
import dev.katib.connectors.TableRef;
import dev.katib.connectors.spreadsheet.SpreadsheetPreview;

/**
 * Uploaded files into tables, for the API and the pages alike: into an existing table as an import, or into a new
 * built-in table whose columns become fields of the types read.
 */
@Component
class UploadedTables {

	private final DataSources sources;
	private final RecordImports imports;
	private final Colleagues colleagues;

	UploadedTables(DataSources sources, RecordImports imports, Colleagues colleagues) {
		this.sources = sources;
		this.imports = imports;
		this.colleagues = colleagues;
	}

	/** Imports the file's rows into the table, matching records on the upsert key when one is given. */
	ImportProgress importInto(Caller caller, TableRef table, SpreadsheetPreview read, @Nullable List<String> upsertKey,
			@Nullable String idempotencyKey) {
		var rows = UploadedSheets.rows(read, colleagues.timeZone(caller.tenantId()));
		return imports.start(caller, table, new ImportRequest(rows, upsertKey == null ? List.of() : upsertKey, false),
				idempotencyKey);
	}

	/** The table and the import's start commit together: a file refused for import leaves no empty table behind. */
	@Transactional
	ImportProgress create(Caller caller, UUID sourceId, String name, SpreadsheetPreview read) {
		var rows = UploadedSheets.rows(read, colleagues.timeZone(caller.tenantId()));
		SourceTable table = sources.createTable(caller, sourceId, name, UploadedSheets.fields(read));
		return imports.start(caller, new TableRef(sourceId, TableRef.BUILT_IN_BASE, table.id()),
				new ImportRequest(rows, List.of(), false), null);
	}
}
