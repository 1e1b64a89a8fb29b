package dev.katib.connectors.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
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
import dev.katib.accounts.RequiresPermission;
import dev.katib.connectors.DataSource;
import dev.katib.connectors.DataSources;
import dev.katib.connectors.NewField;
import dev.katib.connectors.NewSource;
import dev.katib.connectors.SourceKind;
import dev.katib.connectors.TableRef;
import dev.katib.platform.KatibException;
import dev.katib.platform.Pages;

/** The data sources pages: the list, connecting and removing a source, its bases and tables. */
@Pages
@RequestMapping("/sources")
class SourcePages {

	private final DataSources sources;
	private final Callers callers;
	private final AccessPolicy access;
	private final PageProblems problems;

	SourcePages(DataSources sources, Callers callers, AccessPolicy access, PageProblems problems) {
		this.sources = sources;
		this.callers = callers;
		this.access = access;
		this.problems = problems;
	}

	/** What the connect form posts. */
	record ConnectForm(@Nullable SourceKind kind, @Nullable String name, @Nullable String token,
			@Nullable String serviceAccountKey) {

		NewSource source() {
			String named = name == null ? "" : name;
			return switch (kind == null ? SourceKind.BUILT_IN : kind) {
				case AIRTABLE -> new NewSource.Airtable(named, token == null ? "" : token);
				case GOOGLE_SHEETS -> new NewSource.GoogleSheets(named, serviceAccountKey);
				case BUILT_IN -> new NewSource.BuiltIn(named);
			};
		}
	}

	@GetMapping
	String list(Model model) {
		return show(model, callers.current(), new ConnectForm(SourceKind.AIRTABLE, null, null, null), null);
	}

	@PostMapping
	String connect(ConnectForm form, Model model, RedirectAttributes redirect, Locale locale) {
		Caller caller = callers.current();
		try {
			DataSource connected = sources.connect(caller, form.source());
			redirect.addFlashAttribute("status", "connected");
			return "redirect:/sources/" + connected.id();
		}
		catch (KatibException ex) {
			// the token is never sent back to the page
			return show(model, caller, new ConnectForm(form.kind(), form.name(), null, null), problems.describe(ex, locale));
		}
	}

	@GetMapping("/{id}")
	String source(@PathVariable UUID id, Model model, Locale locale) {
		Caller caller = callers.current();
		DataSource source = sources.find(caller, id);
		if (source.kind() == SourceKind.BUILT_IN) {
			return "redirect:/sources/" + id + "/bases/" + TableRef.BUILT_IN_BASE;
		}
		model.addAttribute("source", source);
		model.addAttribute("manage", access.allows(Permission.MANAGE_SOURCES));
		try {
			model.addAttribute("bases", sources.bases(caller, id));
		}
		catch (KatibException ex) {
			model.addAttribute("bases", List.of());
			model.addAttribute("error", problems.describe(ex, locale));
		}
		return "connectors/source";
	}

	@RequiresPermission(Permission.MANAGE_SOURCES)
	@GetMapping("/{id}/remove")
	String confirmRemoval(@PathVariable UUID id, Model model) {
		model.addAttribute("source", sources.find(callers.current(), id));
		return "connectors/remove-source";
	}

	@PostMapping("/{id}/remove")
	String remove(@PathVariable UUID id, RedirectAttributes redirect) {
		sources.remove(callers.current(), id);
		redirect.addFlashAttribute("status", "removed");
		return "redirect:/sources";
	}

	@PostMapping("/{id}/spreadsheets")
	String addSpreadsheet(@PathVariable UUID id, @RequestParam(defaultValue = "") String spreadsheet, Model model,
			RedirectAttributes redirect, Locale locale) {
		Caller caller = callers.current();
		try {
			sources.addBase(caller, id, spreadsheet);
			redirect.addFlashAttribute("status", "spreadsheet-added");
			return "redirect:/sources/" + id;
		}
		catch (KatibException ex) {
			String page = source(id, model, locale);
			model.addAttribute("error", problems.describe(ex, locale));
			return page;
		}
	}

	@RequiresPermission(Permission.MANAGE_SOURCES)
	@GetMapping("/{id}/spreadsheets/{baseId}/remove")
	String confirmSpreadsheetRemoval(@PathVariable UUID id, @PathVariable String baseId, Model model) {
		Caller caller = callers.current();
		model.addAttribute("source", sources.find(caller, id));
		model.addAttribute("base", sources.bases(caller, id).stream()
			.filter(base -> base.id().equals(baseId))
			.findFirst()
			.orElseThrow(() -> KatibException.notFound("The spreadsheet")));
		return "connectors/remove-spreadsheet";
	}

	@PostMapping("/{id}/spreadsheets/{baseId}/remove")
	String removeSpreadsheet(@PathVariable UUID id, @PathVariable String baseId, RedirectAttributes redirect) {
		sources.removeBase(callers.current(), id, baseId);
		redirect.addFlashAttribute("status", "spreadsheet-removed");
		return "redirect:/sources/" + id;
	}

	@GetMapping("/{id}/bases/{baseId}")
	String tables(@PathVariable UUID id, @PathVariable String baseId, Model model, Locale locale) {
		// an upload that failed comes back here with its problem
		return showTables(model, callers.current(), id, baseId, (String) model.getAttribute("error"), locale);
	}

	@PostMapping("/{id}/bases/local/tables")
	String addTable(@PathVariable UUID id, @RequestParam(defaultValue = "") String name,
			@RequestParam(name = "fieldName", required = false) List<String> names,
			@RequestParam(name = "fieldType", required = false) List<String> types, Model model,
			RedirectAttributes redirect, Locale locale) {
		Caller caller = callers.current();
		List<NewField> fields = new java.util.ArrayList<>();
		for (int i = 0; names != null && types != null && i < Math.min(names.size(), types.size()); i++) {
			if (!names.get(i).isBlank()) {
				fields.add(new NewField(names.get(i), types.get(i)));
			}
		}
		try {
			sources.createTable(caller, id, name, fields);
			redirect.addFlashAttribute("status", "table-added");
			return "redirect:/sources/" + id + "/bases/" + TableRef.BUILT_IN_BASE;
		}
		catch (KatibException ex) {
			return showTables(model, caller, id, TableRef.BUILT_IN_BASE, problems.describe(ex, locale), locale);
		}
	}

	private String showTables(Model model, Caller caller, UUID id, String baseId, @Nullable String error, Locale locale) {
		DataSource source = sources.find(caller, id);
		model.addAttribute("source", source);
		model.addAttribute("baseId", baseId);
		model.addAttribute("manage", access.allows(Permission.MANAGE_SOURCES));
		model.addAttribute("fieldTypes", List.of("text", "longText", "email", "url", "phone", "number", "checkbox", "date",
				"dateTime"));
		try {
			model.addAttribute("tables", sources.tables(caller, id, baseId));
		}
		catch (KatibException ex) {
			model.addAttribute("tables", List.of());
			error = problems.describe(ex, locale);
		}
		model.addAttribute("error", error);
		return "connectors/tables";
	}

	private String show(Model model, Caller caller, ConnectForm form, @Nullable String error) {
		model.addAttribute("sources", sources.list(caller));
		model.addAttribute("manage", access.allows(Permission.MANAGE_SOURCES));
		model.addAttribute("form", form);
		model.addAttribute("kinds", SourceKind.values());
		model.addAttribute("error", error);
		return "connectors/sources";
	}
}
