package dev.katib.connectors.web;

import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.katib.accounts.Callers;
import dev.katib.connectors.TableRef;

/** A table, or the records a search or view keeps, as a CSV or XLSX file. */
@RestController
@Tag(name = "Data sources")
@Validated
class ExportsApi {

	private final TableFiles files;
	private final Callers callers;

	ExportsApi(TableFiles files, Callers callers) {
		this.files = files;
		this.callers = callers;
	}

	@ApiResponse(responseCode = "200", description = "The table as CSV or XLSX", content = { @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")), @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", schema = @Schema(type = "string", format = "binary")) })
	@GetMapping("/api/v1/sources/{sourceId}/bases/{baseId}/tables/{tableId}/export")
	@Operation(summary = "Export a table as CSV (UTF-8 with a byte-order mark) or XLSX; text that would start a formula is defused")
	ResponseEntity<byte[]> export(@PathVariable UUID sourceId, @PathVariable @Size(max = 64) String baseId,
			@PathVariable @Size(max = 64) String tableId,
			@RequestParam(defaultValue = "csv") @Pattern(regexp = "csv|xlsx") String format,
			@RequestParam(required = false) @Size(max = 200) String view,
			@RequestParam(required = false) @Size(max = 200) String search,
			@RequestParam(required = false) @Size(max = 200) String searchField) {
		return files.download(callers.current(), new TableRef(sourceId, baseId, tableId), format, view, search,
				searchField);
	}
}
