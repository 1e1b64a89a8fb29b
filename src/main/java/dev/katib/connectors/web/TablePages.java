package dev.katib.connectors.web;

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

import dev.katib.accounts.Caller;
import dev.katib.accounts.Callers;
import dev.katib.accounts.Permission;
import dev.katib.accounts.RequiresPermission;
import dev.katib.connectors.DataSources;
import dev.katib.connectors.TableRef;
import dev.katib.platform.KatibException;
import dev.katib.platform.Pages;

/** Renaming and removing a built-in table, each from a page of its own. */
@Pages
@RequestMapping("/sources/{id}/bases/local/tables/{tableId}")
class TablePages {

	private final DataSources sources;
	private final Callers callers;
	private final PageProblems problems;

	TablePages(DataSources sources, Callers callers, PageProblems problems) {
		this.sources = sources;
		this.callers = callers;
		this.problems = problems;
	}

	@RequiresPermission(Permission.MANAGE_SOURCES)
	@GetMapping("/rename")
	String renameForm(@PathVariable UUID id, @PathVariable String tableId, Model model) {
		return show("connectors/rename-table", id, tableId, model, null, null);
	}

	@PostMapping("/rename")
	String rename(@PathVariable UUID id, @PathVariable String tableId, @RequestParam(defaultValue = "") String name,
			Model model, RedirectAttributes redirect, Locale locale) {
		try {
			sources.renameTable(callers.current(), new TableRef(id, TableRef.BUILT_IN_BASE, tableId), name);
		}
		catch (KatibException ex) {
			return show("connectors/rename-table", id, tableId, model, name, problems.describe(ex, locale));
		}
		redirect.addFlashAttribute("status", "table-renamed");
		return "redirect:/sources/" + id + "/bases/" + TableRef.BUILT_IN_BASE;
	}

	@RequiresPermission(Permission.MANAGE_SOURCES)
	@GetMapping("/remove")
	String confirmRemoval(@PathVariable UUID id, @PathVariable String tableId, Model model) {
		return show("connectors/remove-table", id, tableId, model, null, null);
	}

	@PostMapping("/remove")
	String remove(@PathVariable UUID id, @PathVariable String tableId, Model model, RedirectAttributes redirect,
			Locale locale) {
		try {
			sources.removeTable(callers.current(), new TableRef(id, TableRef.BUILT_IN_BASE, tableId));
		}
		catch (KatibException ex) {
			if (ex.type().status().value() == 404) {
				throw ex;
			}
			return show("connectors/remove-table", id, tableId, model, null, problems.describe(ex, locale));
		}
		redirect.addFlashAttribute("status", "table-removed");
		return "redirect:/sources/" + id + "/bases/" + TableRef.BUILT_IN_BASE;
	}

	private String show(String view, UUID id, String tableId, Model model, @Nullable String name,
			@Nullable String error) {
		Caller caller = callers.current();
		var table = sources.table(caller, new TableRef(id, TableRef.BUILT_IN_BASE, tableId));
		model.addAttribute("source", sources.find(caller, id));
		model.addAttribute("table", table);
		model.addAttribute("name", name == null ? table.name() : name);
		model.addAttribute("error", error);
		return view;
	}
}
