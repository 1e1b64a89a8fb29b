package dev.katib.connectors.web;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.katib.accounts.AccessPolicy;
import dev.katib.accounts.Caller;
import dev.katib.accounts.Callers;
import dev.katib.accounts.Permission;
import dev.katib.connectors.DataSources;
import dev.katib.connectors.FieldMapping;
import dev.katib.connectors.FieldMappings;
import dev.katib.connectors.LetterField;
import dev.katib.connectors.SourceTable;
import dev.katib.connectors.TableRef;
import dev.katib.platform.KatibException;
import dev.katib.platform.Pages;

/** The field mapping of a table: which column gives each letter field, with a preview of three records. */
@Pages
@RequestMapping("/sources/{sourceId}/bases/{baseId}/tables/{tableId}/mapping")
class MappingPages {

	static final int MERGE_ROWS = 3;

	private final DataSources sources;
	private final FieldMappings mappings;
	private final Callers callers;
	private final AccessPolicy access;
	private final PageProblems problems;

	MappingPages(DataSources sources, FieldMappings mappings, Callers callers, AccessPolicy access,
			PageProblems problems) {
		this.sources = sources;
		this.mappings = mappings;
		this.callers = callers;
		this.access = access;
		this.problems = problems;
	}

	/** A merge field row of the form: its name and column. */
	record MergeRow(String name, String column) {
	}

	@GetMapping
	String mapping(@PathVariable UUID sourceId, @PathVariable String baseId, @PathVariable String tableId, Model model) {
		Caller caller = callers.current();
		TableRef ref = new TableRef(sourceId, baseId, tableId);
		FieldMapping mapping = mappings.find(caller, ref).orElse(new FieldMapping(ref, Map.of(), Map.of()));
		return show(model, caller, ref, mapping, null, null);
	}

	@PostMapping
	String post(@PathVariable UUID sourceId, @PathVariable String baseId, @PathVariable String tableId,
			@RequestParam(defaultValue = "preview") String action, @RequestParam MultiValueMap<String, String> posted,
			Model model, RedirectAttributes redirect, Locale locale) {
		Caller caller = callers.current();
		TableRef ref = new TableRef(sourceId, baseId, tableId);
		FieldMapping mapping = posted(ref, posted);
		try {
			if (action.equals("save")) {
				mappings.save(caller, mapping);
				redirect.addFlashAttribute("status", "mapping-saved");
				return "redirect:" + RecordPages.path(ref) + "/mapping";
			}
			return show(model, caller, ref, mapping, mappings.preview(caller, mapping, MappingApi.PREVIEW_RECORDS), null);
		}
		catch (KatibException ex) {
			return show(model, caller, ref, mapping, null, problems.describe(ex, locale));
		}
	}

	private String show(Model model, Caller caller, TableRef ref, FieldMapping mapping,
			@Nullable List<dev.katib.connectors.MappedRecord> preview, @Nullable String error) {
		SourceTable table = sources.table(caller, ref);
		List<MergeRow> merge = new java.util.ArrayList<>();
		mapping.mergeFields().forEach((name, column) -> merge.add(new MergeRow(name, column)));
		for (int i = 0; i < MERGE_ROWS; i++) {
			merge.add(new MergeRow("", ""));
		}
		model.addAttribute("source", sources.find(caller, ref.sourceId()));
		model.addAttribute("table", table);
		model.addAttribute("path", RecordPages.path(ref));
		model.addAttribute("letterFields", LetterField.values());
		model.addAttribute("mapped", mapping.fields());
		model.addAttribute("merge", merge);
		model.addAttribute("preview", preview);
		model.addAttribute("manage", access.allows(Permission.MANAGE_SOURCES));
		model.addAttribute("error", error);
		return "connectors/mapping";
	}

	private static FieldMapping posted(TableRef ref, MultiValueMap<String, String> posted) {
		Map<LetterField, String> fields = new EnumMap<>(LetterField.class);
		for (LetterField field : LetterField.values()) {
			String column = posted.getFirst("letter." + field.name());
			if (column != null && !column.isBlank()) {
				fields.put(field, column);
			}
		}
		Map<String, String> merge = new LinkedHashMap<>();
		List<String> names = posted.getOrDefault("mergeName", List.of());
		List<String> columns = posted.getOrDefault("mergeColumn", List.of());
		for (int i = 0; i < Math.min(names.size(), columns.size()); i++) {
			if (!names.get(i).isBlank() && !columns.get(i).isBlank()) {
				merge.put(names.get(i).strip(), columns.get(i));
			}
		}
		return new FieldMapping(ref, fields, merge);
	}
}
