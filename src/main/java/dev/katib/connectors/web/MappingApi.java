package dev.katib.connectors.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.katib.accounts.Callers;
import dev.katib.connectors.FieldMapping;
import dev.katib.connectors.FieldMappings;
import dev.katib.connectors.LetterField;
import dev.katib.connectors.MappedRecord;
import dev.katib.connectors.TableRef;
import dev.katib.platform.KatibException;

/** How a table's columns map to letter fields, with a preview of records as letters see them. */
@RestController
@RequestMapping("/api/v1/sources/{sourceId}/bases/{baseId}/tables/{tableId}/mapping")
@Tag(name = "Data sources")
@Validated
class MappingApi {

	static final int PREVIEW_RECORDS = 3;

	private final FieldMappings mappings;
	private final Callers callers;

	MappingApi(FieldMappings mappings, Callers callers) {
		this.mappings = mappings;
		this.callers = callers;
	}

	/**
	 * A mapping.
	 *
	 * @param fields the column of each letter field
	 * @param mergeFields the column of each merge field, by its name
	 */
	record MappingBody(@NotNull @Size(max = 8) Map<LetterField, @NotNull @Size(max = 200) String> fields,
			@NotNull @Size(max = 30) Map<@NotNull @Size(max = 40) String, @NotNull @Size(max = 200) String> mergeFields) {

		FieldMapping mapping(TableRef table) {
			return new FieldMapping(table, fields, mergeFields);
		}

		static MappingBody of(FieldMapping mapping) {
			return new MappingBody(mapping.fields(), mapping.mergeFields());
		}
	}

	@GetMapping
	@Operation(summary = "Show the table's field mapping")
	MappingBody mapping(@PathVariable UUID sourceId, @PathVariable @Size(max = 64) String baseId,
			@PathVariable @Size(max = 64) String tableId) {
		return mappings.find(callers.current(), new TableRef(sourceId, baseId, tableId))
			.map(MappingBody::of)
			.orElseThrow(() -> KatibException.notFound("The field mapping"));
	}

	@PutMapping
	@Operation(summary = "Save the table's field mapping; the table is then watched for outside changes")
	MappingBody save(@PathVariable UUID sourceId, @PathVariable @Size(max = 64) String baseId,
			@PathVariable @Size(max = 64) String tableId, @Valid @RequestBody MappingBody body) {
		return MappingBody.of(mappings.save(callers.current(), body.mapping(new TableRef(sourceId, baseId, tableId))));
	}

	@PostMapping("/preview")
	@Operation(summary = "Show the table's first three records as letters would see them through a mapping")
	List<MappedRecord> preview(@PathVariable UUID sourceId, @PathVariable @Size(max = 64) String baseId,
			@PathVariable @Size(max = 64) String tableId, @Valid @RequestBody MappingBody body) {
		return mappings.preview(callers.current(), body.mapping(new TableRef(sourceId, baseId, tableId)), PREVIEW_RECORDS);
	}
}
