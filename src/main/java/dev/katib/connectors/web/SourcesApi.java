package dev.katib.connectors.web;

import io.swagger.v3.oas.annotations.responses.ApiResponse;

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
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dev.katib.accounts.Callers;
import dev.katib.connectors.Base;
import dev.katib.connectors.DataSources;
import dev.katib.connectors.NewField;
import dev.katib.connectors.NewSource;
import dev.katib.connectors.SourceKind;
import dev.katib.connectors.TableRef;
import dev.katib.connectors.web.SourceViews.SourceView;
import dev.katib.connectors.web.SourceViews.TableView;

/** Data sources and their schema: connect, list, remove; bases, tables and fields. */
@RestController
@RequestMapping("/api/v1/sources")
@Tag(name = "Data sources")
@Validated
class SourcesApi {

	private final DataSources sources;
	private final Callers callers;

	SourcesApi(DataSources sources, Callers callers) {
		this.sources = sources;
		this.callers = callers;
	}

	/**
	 * A source to connect.
	 *
	 * @param kind AIRTABLE, GOOGLE_SHEETS or BUILT_IN
	 * @param name what the organisation calls it
	 * @param token the Airtable personal access token
	 * @param serviceAccountKey the Google service account's JSON key; none for the instance's own
	 */
	record ConnectRequest(@NotNull SourceKind kind, @NotNull @Size(min = 1, max = 200) String name,
			@Nullable @Size(max = 500) String token, @Nullable @Size(max = 20_000) String serviceAccountKey) {
	}

	/**
	 * A spreadsheet to add to a Google Sheets source.
	 *
	 * @param spreadsheet its link ({@code https://docs.google.com/spreadsheets/d/…/edit}) or its id
	 */
	record SpreadsheetRequest(@NotNull @Size(min = 1, max = 2000) String spreadsheet) {
	}

	record TableRequest(@NotNull @Size(min = 1, max = 200) String name,
			@NotNull @Size(min = 1, max = 100) List<@Valid FieldRequest> fields) {
	}

	record FieldRequest(@NotNull @Size(min = 1, max = 100) String name, @NotNull @Size(max = 20) String type) {
	}

	@GetMapping
	@Operation(summary = "List the organisation's data sources")
	List<SourceView> list() {
		return sources.list(callers.current()).stream().map(SourceView::of).toList();
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping
	@Operation(summary = "Connect a data source, checking its credential with the source at once")
	ResponseEntity<SourceView> connect(@Valid @RequestBody ConnectRequest request) {
		NewSource source = switch (request.kind()) {
			case AIRTABLE -> new NewSource.Airtable(request.name(), request.token() == null ? "" : request.token());
			case GOOGLE_SHEETS -> new NewSource.GoogleSheets(request.name(), request.serviceAccountKey());
			case BUILT_IN -> new NewSource.BuiltIn(request.name());
		};
		SourceView connected = SourceView.of(sources.connect(callers.current(), source));
		return ResponseEntity.created(URI.create("/api/v1/sources/" + connected.id())).body(connected);
	}

	@GetMapping("/{sourceId}")
	@Operation(summary = "Show one data source")
	SourceView source(@PathVariable UUID sourceId) {
		return SourceView.of(sources.find(callers.current(), sourceId));
	}

	@ResponseStatus(HttpStatus.NO_CONTENT)
	@DeleteMapping("/{sourceId}")
	@Operation(summary = "Remove a data source with its credential, mappings and built-in tables")
	ResponseEntity<Void> remove(@PathVariable UUID sourceId) {
		sources.remove(callers.current(), sourceId);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/{sourceId}/bases")
	@Operation(summary = "List the bases (Airtable bases, spreadsheets, or the built-in tables) of a source")
	List<Base> bases(@PathVariable UUID sourceId) {
		return sources.bases(callers.current(), sourceId);
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/{sourceId}/bases")
	@Operation(summary = "Add a spreadsheet to a Google Sheets source by its link, checking that the service account may read it")
	ResponseEntity<Base> addBase(@PathVariable UUID sourceId, @Valid @RequestBody SpreadsheetRequest request) {
		Base base = sources.addBase(callers.current(), sourceId, request.spreadsheet());
		return ResponseEntity.created(URI.create("/api/v1/sources/" + sourceId + "/bases/" + base.id() + "/tables"))
			.body(base);
	}

	@ResponseStatus(HttpStatus.NO_CONTENT)
	@DeleteMapping("/{sourceId}/bases/{baseId}")
	@Operation(summary = "Stop reading a spreadsheet of a Google Sheets source; the spreadsheet itself is untouched")
	ResponseEntity<Void> removeBase(@PathVariable UUID sourceId, @PathVariable @Size(max = 64) String baseId) {
		sources.removeBase(callers.current(), sourceId, baseId);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/{sourceId}/bases/{baseId}/tables")
	@Operation(summary = "List the tables of a base with their typed fields")
	List<TableView> tables(@PathVariable UUID sourceId, @PathVariable @Size(max = 64) String baseId) {
		return sources.tables(callers.current(), sourceId, baseId).stream().map(TableView::of).toList();
	}

	@GetMapping("/{sourceId}/bases/{baseId}/tables/{tableId}")
	@Operation(summary = "Show one table with its typed fields")
	TableView table(@PathVariable UUID sourceId, @PathVariable @Size(max = 64) String baseId,
			@PathVariable @Size(max = 64) String tableId) {
		return TableView.of(sources.table(callers.current(), new TableRef(sourceId, baseId, tableId)));
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/{sourceId}/bases/local/tables")
	@Operation(summary = "Add a table to a source of built-in tables")
	ResponseEntity<TableView> createTable(@PathVariable UUID sourceId, @Valid @RequestBody TableRequest request) {
		var table = sources.createTable(callers.current(), sourceId, request.name(),
				request.fields().stream().map(f -> new NewField(f.name(), f.type())).toList());
		return ResponseEntity.created(URI.create("/api/v1/sources/" + sourceId + "/bases/local/tables/" + table.id()))
			.body(TableView.of(table));
	}

	record RenameRequest(@NotNull @Size(min = 1, max = 200) String name) {
	}

	@PatchMapping("/{sourceId}/bases/local/tables/{tableId}")
	@Operation(summary = "Rename a built-in table")
	TableView renameTable(@PathVariable UUID sourceId, @PathVariable @Size(max = 64) String tableId,
			@Valid @RequestBody RenameRequest request) {
		return TableView.of(sources.renameTable(callers.current(), new TableRef(sourceId, TableRef.BUILT_IN_BASE, tableId),
				request.name()));
	}

	@ResponseStatus(HttpStatus.NO_CONTENT)
	@DeleteMapping("/{sourceId}/bases/local/tables/{tableId}")
	@Operation(summary = "Remove a built-in table with its records, field mapping and import history")
	void removeTable(@PathVariable UUID sourceId, @PathVariable @Size(max = 64) String tableId) {
		sources.removeTable(callers.current(), new TableRef(sourceId, TableRef.BUILT_IN_BASE, tableId));
	}
}
