package dev.katib.automation.flows;

import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.katib.accounts.Caller;
import dev.katib.accounts.Callers;
import dev.katib.accounts.Colleagues;
import dev.katib.platform.KatibException;
import dev.katib.platform.Pages;
import dev.katib.platform.ProblemType;

/**
 * The automation pages: the organisation's automations, the form to make or change one, an automation's page with
 * its executions and controls, and an execution's page with every attempt at every step.
 */
@Pages
@RequestMapping("/automations")
class AutomationPages {

	private static final int EXECUTIONS_SHOWN = 50;

	private final Automations automations;
	private final Executions executions;
	private final RecordFields records;
	private final TableChoices tables;
	private final Callers callers;
	private final Colleagues colleagues;
	private final MessageSource messages;

	AutomationPages(Automations automations, Executions executions, RecordFields records, TableChoices tables,
			Callers callers, Colleagues colleagues, MessageSource messages) {
		this.colleagues = colleagues;
		this.automations = automations;
		this.executions = executions;
		this.records = records;
		this.tables = tables;
		this.callers = callers;
		this.messages = messages;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("automations", automations.list(callers.current()));
		return "automation/automations";
	}

	@GetMapping("/new")
	String create(Model model) {
		return form(model, callers.current(), null, AutomationForm.empty(), null);
	}

	@PostMapping
	String create(AutomationForm form, Model model, RedirectAttributes redirect, Locale locale) {
		Caller caller = callers.current();
		try {
			AutomationView created = automations.create(caller, form.request());
			redirect.addFlashAttribute("secret", created.secret());
			return "redirect:/automations/" + created.id();
		}
		catch (KatibException refused) {
			return form(model, caller, null, form, describe(refused, locale));
		}
	}

	@GetMapping("/{id}")
	String automation(@PathVariable UUID id, Model model) {
		Caller caller = callers.current();
		model.addAttribute("automation", automations.get(caller, id));
		model.addAttribute("executions", executions.list(caller, id, 0, EXECUTIONS_SHOWN));
		model.addAttribute("zone", colleagues.timeZone(caller.tenantId()));
		return "automation/automation";
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable UUID id, Model model) {
		Caller caller = callers.current();
		return form(model, caller, id, AutomationForm.of(automations.get(caller, id)), null);
	}

	@PostMapping("/{id}")
	String update(@PathVariable UUID id, AutomationForm form, Model model, RedirectAttributes redirect, Locale locale) {
		Caller caller = callers.current();
		try {
			AutomationView changed = automations.update(caller, id, form.request());
			redirect.addFlashAttribute("secret", changed.secret());
			redirect.addFlashAttribute("status", "saved");
			return "redirect:/automations/" + id;
		}
		catch (KatibException refused) {
			return form(model, caller, id, form, describe(refused, locale));
		}
	}

	@GetMapping("/{id}/delete")
	String confirmDelete(@PathVariable UUID id, Model model) {
		model.addAttribute("automation", automations.get(callers.current(), id));
		return "automation/delete-automation";
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable UUID id) {
		automations.delete(callers.current(), id);
		return "redirect:/automations";
	}

	@PostMapping("/{id}/{action:run|enable|disable|secret}")
	String control(@PathVariable UUID id, @PathVariable String action,
			@RequestParam(required = false) @Nullable String recordId, RedirectAttributes redirect, Locale locale) {
		Caller caller = callers.current();
		try {
			switch (action) {
				case "run" -> {
					ExecutionView started = automations.runNow(caller, id,
							recordId == null || recordId.isBlank() ? null : recordId.strip(), records);
					return "redirect:/automations/" + id + "/executions/" + started.id();
				}
				case "enable" -> automations.enable(caller, id, true);
				case "disable" -> automations.enable(caller, id, false);
				default -> redirect.addFlashAttribute("secret", automations.renewSecret(caller, id).secret());
			}
			redirect.addFlashAttribute("status", action);
		}
		catch (KatibException refused) {
			redirect.addFlashAttribute("error", describe(refused, locale));
		}
		return "redirect:/automations/" + id;
	}

	@GetMapping("/{id}/executions/{executionId}")
	String execution(@PathVariable UUID id, @PathVariable UUID executionId, Model model) {
		Caller caller = callers.current();
		model.addAttribute("automation", automations.get(caller, id));
		model.addAttribute("execution", executions.get(caller, id, executionId));
		return "automation/execution";
	}

	@PostMapping("/{id}/executions/{executionId}/retry")
	String retry(@PathVariable UUID id, @PathVariable UUID executionId, RedirectAttributes redirect, Locale locale) {
		try {
			executions.retry(callers.current(), id, executionId);
			redirect.addFlashAttribute("status", "retry");
		}
		catch (KatibException refused) {
			redirect.addFlashAttribute("error", describe(refused, locale));
		}
		return "redirect:/automations/" + id + "/executions/" + executionId;
	}

	private String form(Model model, Caller caller, @Nullable UUID id, AutomationForm form, @Nullable String error) {
		model.addAttribute("automationId", id);
		model.addAttribute("form", form);
		model.addAttribute("tableGroups", tables.list(caller, form.table()));
		model.addAttribute("conditionRows", form.conditionRows());
		model.addAttribute("error", error);
		return "automation/automation-form";
	}

	/** The problem in the reader's language, with the server's detail (which names the field) after it. */
	private String describe(KatibException problem, Locale locale) {
		if (problem.type().equals(ProblemType.FORBIDDEN) || problem.type().equals(ProblemType.NOT_FOUND)) {
			throw problem;
		}
		String kind = messages.getMessage("automations.error." + problem.type().slug(), null,
				messages.getMessage("automations.error.other", null, locale), locale);
		return problem.getMessage() == null ? kind : kind + " " + problem.getMessage();
	}
}
