package dev.katib.connectors.web;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dev.katib.accounts.Callers;
import dev.katib.connectors.CellValue;
import dev.katib.connectors.DataSources;
import dev.katib.connectors.ImportProgress;
import dev.katib.connectors.ImportRequest;
import dev.katib.connectors.ImportRows;
import dev.katib.connectors.RecordImports;
import dev.katib.connectors.TableRef;
import dev.katib.platform.KatibException;
import dev.katib.platform.ProblemType;

/** Imports of rows into a table, and their progress. */
@RestController
@Tag(name = "Data sources")
@Validated
class ImportsApi {

	private final RecordImports imports;
	private final DataSources sources;
	private final Callers callers;

	ImportsApi(RecordImports imports, DataSources sources, Callers callers) {
		this.imports = imports;
		this.sources = sources;
		this.callers = callers;
	}

	/**
	 * Rows to import: a header of field names and rows of JSON values (text, numbers, booleans, dates as
	 * {@code yyyy-MM-dd} text, {@code null} for empty).
	 */
	record ImportBody(@NotNull @Size(min = 1, max = 200) List<@NotNull @Size(max = 200) String> header,
			@NotNull @Size(min = 1, max = 100_000) List<@NotNull List<@Nullable Object>> rows,
			@Nullable @Size(max = 3) List<@NotNull String> upsertKey, @Nullable Boolean typecast) {
	}

	@ResponseStatus(HttpStatus.ACCEPTED)
	@PostMapping("/api/v1/sources/{sourceId}/bases/{baseId}/tables/{tableId}/imports")
	@Operation(summary = "Import rows into a table, in chunks paced under the source's limits; an upsert key updates matching records")
	ResponseEntity<ImportProgress> start(@PathVariable UUID sourceId, @PathVariable @Size(max = 64) String baseId,
			@PathVariable @Size(max = 64) String tableId, @Valid @RequestBody ImportBody body,
			@RequestHeader(name = "Idempotency-Key", required = false) @Nullable String idempotencyKey) {
		TableRef table = new TableRef(sourceId, baseId, tableId);
		JsonCheckboxes.require(sources.table(callers.current(), table), body.header(), body.rows());
		ImportRows rows;
		try {
			rows = new ImportRows(body.header(), body.rows().stream().map(r -> r.stream().map(ImportsApi::cell).toList()).toList());
		}
		catch (IllegalArgumentException ex) {
			throw new KatibException(ProblemType.VALIDATION_FAILED, ex.getMessage());
		}
		ImportProgress started = imports.start(callers.current(), table, new ImportRequest(rows,
				body.upsertKey() == null ? List.of() : body.upsertKey(), Boolean.TRUE.equals(body.typecast())), idempotencyKey);
		return ResponseEntity.accepted().location(URI.create("/api/v1/sources/imports/" + started.id())).body(started);
	}

	@GetMapping("/api/v1/sources/{sourceId}/bases/{baseId}/tables/{tableId}/imports")
	@Operation(summary = "List the table's latest imports (at most 20), newest first, with their reports")
	List<ImportProgress> recent(@PathVariable UUID sourceId, @PathVariable @Size(max = 64) String baseId,
			@PathVariable @Size(max = 64) String tableId) {
		return imports.recent(callers.current(), new TableRef(sourceId, baseId, tableId));
	}

	@GetMapping("/api/v1/sources/imports/{importId}")
	@Operation(summary = "Show an import's progress: rows written, created, updated and refused")
	ImportProgress progress(@PathVariable UUID importId) {
		return imports.progress(callers.current(), importId);
	}

	private static CellValue cell(@Nullable Object value) {
		return switch (value) {
			case null -> new CellValue.Empty();
			case String text -> new CellValue.Text(text);
			case Boolean bool -> new CellValue.Bool(bool);
			case BigDecimal number -> new CellValue.Number(number);
			case Number number -> new CellValue.Number(new BigDecimal(number.toString()));
			default -> throw new KatibException(ProblemType.VALIDATION_FAILED,
					"Each cell must be text, a number, true or false, or null.");
		};
	}
}
