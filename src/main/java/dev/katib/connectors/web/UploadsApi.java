package dev.katib.connectors.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import dev.katib.accounts.Caller;
import dev.katib.accounts.Callers;
import dev.katib.accounts.Permission;
import dev.katib.accounts.RequiresPermission;
import dev.katib.connectors.ImportProgress;
import dev.katib.connectors.TableRef;
import dev.katib.connectors.web.UploadedSheets.UploadPreview;

/**
 * Uploaded CSV and XLSX files: a preview of what Katib reads from one (encoding, delimiter, header,
 * column types, first rows, every row problem), and an import of the file into a table.
 */
@RestController
@Tag(name = "Data sources")
@Validated
class UploadsApi {

	private final Callers callers;
	private final UploadedTables tables;

	UploadsApi(Callers callers, UploadedTables tables) {
		this.tables = tables;
		this.callers = callers;
	}

	@RequiresPermission(Permission.USE_SOURCES)
	@PostMapping(path = "/api/v1/sources/uploads", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Preview an uploaded CSV or XLSX file: its encoding, delimiter, header row, column types, first rows and every row problem")
	UploadPreview preview(@RequestParam @Nullable MultipartFile file,
			@RequestParam(required = false) @Nullable @Size(max = 100) String sheet,
			@RequestParam(required = false) @Nullable Integer headerRow) throws IOException {
		callers.current();
		return UploadedSheets.preview(UploadedSheets.read(file, sheet, headerRow));
	}

	@RequiresPermission(Permission.MANAGE_SOURCES)
	@PostMapping(path = "/api/v1/sources/{sourceId}/bases/local/tables/upload",
			consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Create a built-in table from an uploaded CSV or XLSX file, a field per column typed as its preview showed, and import its rows")
	ResponseEntity<ImportProgress> tableFromFile(@PathVariable UUID sourceId, @RequestParam @Nullable MultipartFile file,
			@RequestParam(required = false) @Nullable @Size(max = 100) String sheet,
			@RequestParam(required = false) @Nullable Integer headerRow,
			@RequestParam @Size(min = 1, max = 200) String name) throws IOException {
		ImportProgress started = tables.create(callers.current(), sourceId, name,
				UploadedSheets.read(file, sheet, headerRow));
		return ResponseEntity.accepted().location(URI.create("/api/v1/sources/imports/" + started.id())).body(started);
	}

	@RequiresPermission(Permission.USE_SOURCES)
	@PostMapping(path = "/api/v1/sources/{sourceId}/bases/{baseId}/tables/{tableId}/imports/upload",
			consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Import an uploaded CSV or XLSX file into a table, as its preview showed it; an upsert key updates matching records")
	ResponseEntity<ImportProgress> importFile(@PathVariable UUID sourceId, @PathVariable @Size(max = 64) String baseId,
			@PathVariable @Size(max = 64) String tableId, @RequestParam @Nullable MultipartFile file,
			@RequestParam(required = false) @Nullable @Size(max = 100) String sheet,
			@RequestParam(required = false) @Nullable Integer headerRow,
			@RequestParam(required = false) @Nullable @Size(max = 10) List<@Size(max = 200) String> upsertKey,
			@RequestHeader(name = "Idempotency-Key", required = false) @Nullable String idempotencyKey)
			throws IOException {
		ImportProgress started = tables.importInto(callers.current(), new TableRef(sourceId, baseId, tableId),
				UploadedSheets.read(file, sheet, headerRow), upsertKey, idempotencyKey);
		return ResponseEntity.accepted().location(URI.create("/api/v1/sources/imports/" + started.id())).body(started);
	}
}
