package dev.katib.connectors.web;

import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dev.katib.accounts.Caller;
import dev.katib.accounts.Callers;
import dev.katib.connectors.DataSources;
import dev.katib.connectors.Filter;
import dev.katib.connectors.RecordPage;
import dev.katib.connectors.RecordQuery;
import dev.katib.connectors.SourceRecord;
import dev.katib.connectors.SourceRecords;
import dev.katib.connectors.TableRef;

/** The records of a table, read and written in the source. */
@RestController
@RequestMapping("/api/v1/sources/{sourceId}/bases/{baseId}/tables/{tableId}/records")
@Tag(name = "Data sources")
@Validated
class RecordsApi {

	private final SourceRecords records;
	private final DataSources sources;
	private final Callers callers;

	RecordsApi(SourceRecords records, DataSources sources, Callers callers) {
		this.records = records;
		this.sources = sources;
		this.callers = callers;
	}

	record RecordView(String id, @Nullable Instant createdTime, Map<String, Object> fields) {

		static RecordView of(SourceRecord record) {
			return new RecordView(record.id(), record.createdTime(), record.fields());
		}
	}

	record PageView(List<RecordView> records, @Nullable String offset) {
	}

	/** The fields to write, by name; a {@code null} value empties a field. */
	record WriteRequest(@NotNull @Size(min = 1, max = 200) Map<String, @Nullable Object> fields) {
	}

	@GetMapping
	@Operation(summary = "List records a page at a time, with Airtable's list parameters and a safe text search")
	PageView list(@PathVariable UUID sourceId, @PathVariable @Size(max = 64) String baseId,
			@PathVariable @Size(max = 64) String tableId,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int pageSize,
			@RequestParam(required = false) @Size(max = 200) String offset,
			@RequestParam(required = false) @Min(1) @Max(100_000) Integer maxRecords,
			@RequestParam(required = false) @Size(max = 100) List<@Size(max = 200) String> fields,
			@RequestParam(required = false) @Size(max = 200) String sort,
			@RequestParam(defaultValue = "asc") @Pattern(regexp = "asc|desc") String direction,
			@RequestParam(required = false) @Size(max = 200) String view,
			@RequestParam(required = false) @Size(max = 200) String search,
			@RequestParam(required = false) @Size(max = 200) String searchField,
			@RequestParam(defaultValue = "json") @Pattern(regexp = "json|string") String cellFormat,
			@RequestParam(required = false) @Size(max = 64) String timeZone,
			@RequestParam(required = false) @Size(max = 16) String userLocale,
			@RequestParam(defaultValue = "false") boolean returnFieldsByFieldId) {
		Caller caller = callers.current();
		TableRef table = new TableRef(sourceId, baseId, tableId);
		Filter filter = null;
		if (search != null && !search.isBlank()) {
			String field = searchField != null ? searchField : sources.table(caller, table).primaryField().name();
			filter = new Filter.Contains(field, search);
		}
		RecordQuery query = new RecordQuery(pageSize, offset, maxRecords, fields == null ? List.of() : fields,
				sort == null ? List.of() : List.of(new RecordQuery.Sort(sort, direction.equals("desc"))), view, filter,
				cellFormat.equals("string") ? RecordQuery.CellFormat.STRING : RecordQuery.CellFormat.JSON, timeZone,
				userLocale, returnFieldsByFieldId);
		RecordPage page = records.list(caller, table, query);
		return new PageView(page.records().stream().map(RecordView::of).toList(), page.offset());
	}

	@GetMapping("/{recordId}")
	@Operation(summary = "Show one record")
	RecordView record(@PathVariable UUID sourceId, @PathVariable @Size(max = 64) String baseId,
			@PathVariable @Size(max = 64) String tableId, @PathVariable @Size(max = 64) String recordId) {
		return RecordView.of(records.get(callers.current(), new TableRef(sourceId, baseId, tableId), recordId));
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping
	@Operation(summary = "Create a record, its values checked against the fields' types")
	ResponseEntity<RecordView> create(@PathVariable UUID sourceId, @PathVariable @Size(max = 64) String baseId,
			@PathVariable @Size(max = 64) String tableId, @Valid @RequestBody WriteRequest request) {
		TableRef table = new TableRef(sourceId, baseId, tableId);
		JsonCheckboxes.require(sources.table(callers.current(), table), request.fields());
		SourceRecord created = records.create(callers.current(), table, request.fields());
		return ResponseEntity.created(URI.create("/api/v1/sources/" + sourceId + "/bases/" + baseId + "/tables/"
				+ tableId + "/records/" + created.id())).body(RecordView.of(created));
	}

	@PatchMapping("/{recordId}")
	@Operation(summary = "Change some fields of a record")
	RecordView update(@PathVariable UUID sourceId, @PathVariable @Size(max = 64) String baseId,
			@PathVariable @Size(max = 64) String tableId, @PathVariable @Size(max = 64) String recordId,
			@Valid @RequestBody WriteRequest request) {
		TableRef table = new TableRef(sourceId, baseId, tableId);
		JsonCheckboxes.require(sources.table(callers.current(), table), request.fields());
		return RecordView.of(records.update(callers.current(), table, recordId, request.fields()));
	}

	@ResponseStatus(HttpStatus.NO_CONTENT)
	@DeleteMapping("/{recordId}")
	@Operation(summary = "Delete a record")
	ResponseEntity<Void> delete(@PathVariable UUID sourceId, @PathVariable @Size(max = 64) String baseId,
			@PathVariable @Size(max = 64) String tableId, @PathVariable @Size(max = 64) String recordId) {
		records.delete(callers.current(), new TableRef(sourceId, baseId, tableId), recordId);
		return ResponseEntity.noContent().build();
	}
}
