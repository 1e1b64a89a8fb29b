package dev.katib.connectors.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import dev.katib.accounts.Caller;
import dev.katib.accounts.Colleagues;
import dev.katib.connectors.DataSources;
import dev.katib.connectors.Filter;
import dev.katib.connectors.RecordQuery;
import dev.katib.connectors.SourceRecord;
import dev.katib.connectors.SourceRecords;
import dev.katib.connectors.SourceTable;
import dev.katib.connectors.TableRef;
import dev.katib.connectors.spreadsheet.SpreadsheetLimits;
import dev.katib.connectors.spreadsheet.SpreadsheetWriter;
import dev.katib.platform.KatibException;
import dev.katib.platform.ProblemType;

/**
 * A table, or the records a search or view keeps, as a downloaded CSV or XLSX file; the same for
 * the API and the table page. At most as many records as an uploaded spreadsheet may have.
 */
@Component
class TableFiles {

	static final ProblemType TOO_LARGE = new ProblemType("export-too-large", HttpStatus.CONTENT_TOO_LARGE,
			"Export too large");

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final SourceRecords records;
	private final DataSources sources;
	private final Colleagues colleagues;
	private final SpreadsheetWriter writer = new SpreadsheetWriter();

	TableFiles(SourceRecords records, DataSources sources, Colleagues colleagues) {
		this.records = records;
		this.sources = sources;
		this.colleagues = colleagues;
	}

	ResponseEntity<byte[]> download(Caller caller, TableRef ref, String format, @Nullable String view,
			@Nullable String search, @Nullable String searchField) {
		SourceTable table = sources.table(caller, ref);
		Filter filter = null;
		if (search != null && !search.isBlank()) {
			filter = new Filter.Contains(searchField != null ? searchField : table.primaryField().name(), search);
		}
		int maximum = SpreadsheetLimits.DEFAULTS.maxRows();
		RecordQuery query = new RecordQuery(RecordQuery.MAX_PAGE_SIZE, null, null, List.of(), List.of(), view, filter,
				RecordQuery.CellFormat.JSON, null, null, false);
		List<SourceRecord> kept = records.listAll(caller, ref, query, maximum + 1);
		if (kept.size() > maximum) {
			throw new KatibException(TOO_LARGE, "The table has more than " + maximum
					+ " records; narrow it with a search or a view and export again.",
					Map.of("limit", "rows", "maximum", maximum));
		}
		var content = TableExport.of(table, kept, colleagues.timeZone(caller.tenantId()));
		boolean xlsx = format.equals("xlsx");
		byte[] bytes = xlsx ? writer.xlsx(content, table.name()) : writer.csv(content);
		String filename = table.name() + (xlsx ? ".xlsx" : ".csv");
		return ResponseEntity.ok()
			.contentType(xlsx ? XLSX : new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(bytes);
	}
}
