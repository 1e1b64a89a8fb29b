package dev.katib.connectors.web;

import java.util.List;
import java.util.UUID;

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

/** A new built-in table made from an uploaded file: its columns become fields of the types read, its rows an import. */
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

	/** The table and the import's start commit together: a file refused for import leaves no empty table behind. */
	@Transactional
	ImportProgress create(Caller caller, UUID sourceId, String name, SpreadsheetPreview read) {
		var rows = UploadedSheets.rows(read, colleagues.timeZone(caller.tenantId()));
		SourceTable table = sources.createTable(caller, sourceId, name, UploadedSheets.fields(read));
		return imports.start(caller, new TableRef(sourceId, TableRef.BUILT_IN_BASE, table.id()),
				new ImportRequest(rows, List.of(), false), null);
	}
}
