package dev.katib.connectors.web;

import java.time.ZoneId;
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
import dev.katib.accounts.Colleagues;
import dev.katib.accounts.Permission;
import dev.katib.connectors.DataSources;
import dev.katib.connectors.Filter;
import dev.katib.connectors.RecordPage;
import dev.katib.connectors.RecordQuery;
import dev.katib.connectors.SourceRecord;
import dev.katib.connectors.SourceRecords;
import dev.katib.connectors.SourceTable;
import dev.katib.connectors.TableRef;
import dev.katib.platform.KatibException;
import dev.katib.platform.Pages;

/** A table's records in a paged grid, and the forms that create, edit and delete them. */
@Pages
@RequestMapping("/sources/{sourceId}/bases/{baseId}/tables/{tableId}")
class RecordPages {

	static final int PAGE_SIZE = 25;

	private final DataSources sources;
	private final SourceRecords records;
	private final Callers callers;
	private final Colleagues colleagues;
	private final AccessPolicy access;
	private final PageProblems problems;

	RecordPages(DataSources sources, SourceRecords records, Callers callers, Colleagues colleagues, AccessPolicy access,
			PageProblems problems) {
		this.sources = sources;
		this.records = records;
		this.callers = callers;
		this.colleagues = colleagues;
		this.access = access;
		this.problems = problems;
	}

	/** A record as the grid shows it: its id and one cell per field. */
	record Row(String id, List<CellView> cells) {
	}

	@GetMapping
	String grid(@PathVariable UUID sourceId, @PathVariable String baseId, @PathVariable String tableId,
			@RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable String offset,
			Model model, Locale locale) {
		Caller caller = callers.current();
		TableRef ref = new TableRef(sourceId, baseId, tableId);
		SourceTable table = sources.table(caller, ref);
		ZoneId zone = colleagues.timeZone(caller.tenantId());
		String search = q == null ? "" : q.strip();
		RecordQuery query = new RecordQuery(PAGE_SIZE, offset == null || offset.isBlank() ? null : offset, null, List.of(),
				List.of(), null, search.isEmpty() ? null : new Filter.Contains(table.primaryField().name(), search),
				RecordQuery.CellFormat.JSON, null, null, false);
		try {
			RecordPage page = records.list(caller, ref, query);
			Map<String, String> names = LinkedNames.of(caller, ref, table, page.records(), sources, records);
			model.addAttribute("rows", page.records().stream().map(r -> new Row(r.id(), table.fields().stream()
				.map(f -> CellView.of(f.type(), named(f.type(), r.fields().get(f.name()), names), zone, locale))
				.toList())).toList());
			model.addAttribute("next", page.offset());
		}
		catch (KatibException ex) {
			model.addAttribute("rows", List.of());
			model.addAttribute("error", problems.describe(ex, locale));
		}
		model.addAttribute("q", search);
		model.addAttribute("paged", offset != null && !offset.isBlank());
		return common(model, caller, ref, table, "connectors/records");
	}

	@GetMapping("/records/new")
	String newRecord(@PathVariable UUID sourceId, @PathVariable String baseId, @PathVariable String tableId, Model model) {
		return form(model, callers.current(), new TableRef(sourceId, baseId, tableId), null, null);
	}

	@PostMapping("/records/new")
	String create(@PathVariable UUID sourceId, @PathVariable String baseId, @PathVariable String tableId,
			@RequestParam MultiValueMap<String, String> posted, Model model, RedirectAttributes redirect, Locale locale) {
		Caller caller = callers.current();
		TableRef ref = new TableRef(sourceId, baseId, tableId);
		SourceTable table = sources.table(caller, ref);
		try {
			records.create(caller, ref, nonNull(RecordForm.values(table, posted, colleagues.timeZone(caller.tenantId()))));
			redirect.addFlashAttribute("status", "record-created");
			return "redirect:" + path(ref);
		}
		catch (KatibException ex) {
			return form(model, caller, ref, null, problems.describe(ex, locale));
		}
	}

	@GetMapping("/records/{recordId}")
	String edit(@PathVariable UUID sourceId, @PathVariable String baseId, @PathVariable String tableId,
			@PathVariable String recordId, Model model) {
		Caller caller = callers.current();
		TableRef ref = new TableRef(sourceId, baseId, tableId);
		return form(model, caller, ref, records.get(caller, ref, recordId), null);
	}

	@PostMapping("/records/{recordId}")
	String update(@PathVariable UUID sourceId, @PathVariable String baseId, @PathVariable String tableId,
			@PathVariable String recordId, @RequestParam MultiValueMap<String, String> posted, Model model,
			RedirectAttributes redirect, Locale locale) {
		Caller caller = callers.current();
		TableRef ref = new TableRef(sourceId, baseId, tableId);
		SourceTable table = sources.table(caller, ref);
		try {
			records.update(caller, ref, recordId, RecordForm.values(table, posted, colleagues.timeZone(caller.tenantId())));
			redirect.addFlashAttribute("status", "record-saved");
			return "redirect:" + path(ref);
		}
		catch (KatibException ex) {
			return form(model, caller, ref, records.get(caller, ref, recordId), problems.describe(ex, locale));
		}
	}

	@GetMapping("/records/{recordId}/delete")
	String confirmDelete(@PathVariable UUID sourceId, @PathVariable String baseId, @PathVariable String tableId,
			@PathVariable String recordId, Model model) {
		Caller caller = callers.current();
		TableRef ref = new TableRef(sourceId, baseId, tableId);
		SourceTable table = sources.table(caller, ref);
		SourceRecord record = records.get(caller, ref, recordId);
		model.addAttribute("record", record);
		model.addAttribute("recordName", CellView.editable(record.fields().get(table.primaryField().name()), ZoneId.of("UTC")));
		return common(model, caller, ref, table, "connectors/delete-record");
	}

	@PostMapping("/records/{recordId}/delete")
	String delete(@PathVariable UUID sourceId, @PathVariable String baseId, @PathVariable String tableId,
			@PathVariable String recordId, RedirectAttributes redirect) {
		TableRef ref = new TableRef(sourceId, baseId, tableId);
		records.delete(callers.current(), ref, recordId);
		redirect.addFlashAttribute("status", "record-deleted");
		return "redirect:" + path(ref);
	}

	private String form(Model model, Caller caller, TableRef ref, @Nullable SourceRecord record, @Nullable String error) {
		SourceTable table = sources.table(caller, ref);
		model.addAttribute("inputs", RecordForm.inputs(table, record, colleagues.timeZone(caller.tenantId())));
		model.addAttribute("record", record);
		model.addAttribute("error", error);
		return common(model, caller, ref, table, "connectors/record");
	}

	private String common(Model model, Caller caller, TableRef ref, SourceTable table, String view) {
		model.addAttribute("source", sources.find(caller, ref.sourceId()));
		model.addAttribute("ref", ref);
		model.addAttribute("table", table);
		model.addAttribute("typeKeys", table.fields().stream().map(f -> CellView.labelKey(f.type())).toList());
		model.addAttribute("path", path(ref));
		model.addAttribute("manage", access.allows(Permission.MANAGE_SOURCES));
		return view;
	}

	/** Linked records by name where the name is known, by id otherwise. */
	private static @Nullable Object named(dev.katib.connectors.FieldType type, @Nullable Object value,
			Map<String, String> names) {
		if (type instanceof dev.katib.connectors.FieldType.LinkedRecords && value instanceof List<?> ids) {
			return ids.stream().map(id -> names.getOrDefault(String.valueOf(id), String.valueOf(id))).toList();
		}
		return value;
	}

	static String path(TableRef ref) {
		return "/sources/" + ref.sourceId() + "/bases/" + ref.baseId() + "/tables/" + ref.tableId();
	}

	private static Map<String, Object> nonNull(Map<String, @Nullable Object> values) {
		Map<String, Object> kept = new java.util.LinkedHashMap<>();
		values.forEach((name, value) -> {
			if (value != null && !(value instanceof List<?> list && list.isEmpty())) {
				kept.put(name, value);
			}
		});
		return kept;
	}
}
