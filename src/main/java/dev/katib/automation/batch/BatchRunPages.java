package dev.katib.automation.batch;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

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
import dev.katib.accounts.Permission;
import dev.katib.connectors.DataSources;
import dev.katib.connectors.TableField;
import dev.katib.connectors.TableRef;
import dev.katib.knowledge.CategoryCatalogue;
import dev.katib.letters.LetterView;
import dev.katib.platform.KatibException;
import dev.katib.platform.Pages;
import dev.katib.platform.ProblemType;

/**
 * The batch runs pages: the organisation's runs with a form for a new one, and one run's live progress (its
 * counts polled with htmx while it runs), its rows, its preview and its controls.
 */
@Pages
@RequestMapping("/batches")
class BatchRunPages {

	private static final int ROWS_SHOWN = 200;

	private final BatchRuns runs;
	private final RunControl control;
	private final DataSources sources;
	private final CategoryCatalogue categories;
	private final Callers callers;
	private final MessageSource messages;

	BatchRunPages(BatchRuns runs, RunControl control, DataSources sources, CategoryCatalogue categories,
			Callers callers, MessageSource messages) {
		this.runs = runs;
		this.control = control;
		this.sources = sources;
		this.categories = categories;
		this.callers = callers;
		this.messages = messages;
	}

	/** What the new-run form posts. */
	record RunForm(@Nullable String name, @Nullable UUID sourceId, @Nullable String baseId, @Nullable String tableId,
			@Nullable String view, @Nullable String category, @Nullable String language, @Nullable String template,
			@Nullable Boolean submitForReview, @Nullable String writeBackNumber, @Nullable String writeBackStatus,
			@Nullable String writeBackLink) {

		NewRun run() {
			return new NewRun(name, sourceId, baseRef(), tableId, view, List.of(), category, language, template,
					submitForReview, new WriteBackFields(writeBackNumber, writeBackStatus, writeBackLink));
		}

		String baseRef() {
			return baseId == null || baseId.isBlank() ? TableRef.BUILT_IN_BASE : baseId;
		}
	}

	/**
	 * A previewed letter as the run's page links to it; kept in the session until the page shows it.
	 *
	 * @param id the letter
	 * @param recipient to whom it is written
	 */
	record Previewed(UUID id, String recipient) implements java.io.Serializable {

		static Previewed of(LetterView letter) {
			String organisation = letter.recipient().organisation();
			return new Previewed(letter.id(), organisation == null || organisation.isBlank()
					? String.valueOf(letter.recipient().name()) : organisation);
		}
	}

	/** The runs, with the form for a new one; a table's page links here with its table filled in. */
	@GetMapping
	String list(@RequestParam(required = false) @Nullable UUID sourceId,
			@RequestParam(required = false) @Nullable String baseId,
			@RequestParam(required = false) @Nullable String tableId, Model model) {
		return show(model, callers.current(), new RunForm(null, sourceId, baseId == null ? TableRef.BUILT_IN_BASE : baseId,
				tableId, null, null, "ar", null, false, null, null, null), null);
	}

	@PostMapping
	String create(RunForm form, Model model, Locale locale) {
		Caller caller = callers.current();
		try {
			return "redirect:/batches/" + runs.create(caller, form.run()).id();
		}
		catch (KatibException refused) {
			return show(model, caller, form, describe(refused, locale));
		}
	}

	@GetMapping("/{id}")
	String run(@PathVariable UUID id, Model model) {
		Caller caller = callers.current();
		model.addAttribute("run", runs.get(caller, id));
		model.addAttribute("rows", runs.rows(caller, id, null, 0, ROWS_SHOWN));
		model.addAttribute("writeBack", runs.writeBack(caller, id).orElse(null));
		model.addAttribute("mayDeliver", Permission.MANAGE_LETTERS.isGrantedTo(caller));
		return "automation/batch";
	}

	/**
	 * The write-back choices of the form, asked for again by htmx when the writer changes the table: for each fact,
	 * the table's fields that can hold it, or none while the table cannot be read.
	 */
	@GetMapping("/write-back-fields")
	String writeBackFields(RunForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("writable", writable(callers.current(), form));
		return "automation/batches :: write-back";
	}

	/**
	 * The live part of a run's page, which htmx asks for again every two seconds while the run runs; once it has
	 * stopped, the whole page is loaded again, so its rows show their letters.
	 */
	@GetMapping("/{id}/progress")
	String progress(@PathVariable UUID id, Model model, HttpServletResponse response) {
		RunView run = runs.get(callers.current(), id);
		if (run.status() != RunStatus.RUNNING) {
			response.setHeader("HX-Refresh", "true");
		}
		model.addAttribute("run", run);
		return "automation/batch :: progress";
	}

	@PostMapping("/{id}/preview")
	String preview(@PathVariable UUID id, RedirectAttributes redirect, Locale locale) {
		try {
			RunPreview preview = runs.preview(callers.current(), id);
			redirect.addFlashAttribute("preview", preview.letters().stream().map(Previewed::of).toList());
			redirect.addFlashAttribute("estimate", EstimateShown.of(preview.estimate()));
		}
		catch (KatibException refused) {
			redirect.addFlashAttribute("error", describe(refused, locale));
		}
		return "redirect:/batches/" + id;
	}

	@PostMapping("/{id}/{action:start|pause|resume|cancel|retry}")
	String control(@PathVariable UUID id, @PathVariable String action, RedirectAttributes redirect, Locale locale) {
		Caller caller = callers.current();
		try {
			switch (action) {
				case "start" -> control.start(caller, id);
				case "pause" -> control.pause(caller, id);
				case "resume" -> control.resume(caller, id);
				case "cancel" -> control.cancel(caller, id);
				default -> control.retry(caller, id);
			}
			redirect.addFlashAttribute("status", action);
		}
		catch (KatibException refused) {
			redirect.addFlashAttribute("error", describe(refused, locale));
		}
		return "redirect:/batches/" + id;
	}

	private String show(Model model, Caller caller, RunForm form, @Nullable String error) {
		model.addAttribute("runs", runs.list(caller));
		model.addAttribute("form", form);
		model.addAttribute("sources", sources.list(caller));
		model.addAttribute("categories", categories.list(caller.tenantId()));
		model.addAttribute("writable", writable(caller, form));
		model.addAttribute("error", error);
		return "automation/batches";
	}

	/** The table's fields that can hold each fact, by {@link WriteBackPurpose#key()}; empty while none can be read. */
	private Map<String, List<String>> writable(Caller caller, RunForm form) {
		if (form.sourceId() == null || form.tableId() == null || form.tableId().isBlank()) {
			return Map.of();
		}
		List<TableField> fields;
		try {
			fields = sources.table(caller, new TableRef(form.sourceId(), form.baseRef(), form.tableId())).fields();
		}
		catch (KatibException unreadable) {
			if (unreadable.type().equals(ProblemType.FORBIDDEN)) {
				throw unreadable;
			}
			return Map.of();
		}
		Map<String, List<String>> fitting = new java.util.LinkedHashMap<>();
		for (WriteBackPurpose purpose : WriteBackPurpose.values()) {
			fitting.put(purpose.key(),
					fields.stream().filter(field -> purpose.fits(field.type())).map(TableField::name).toList());
		}
		return fitting;
	}

	/** The problem in the reader's language, with the server's detail (which names the field) after it. */
	private String describe(KatibException problem, Locale locale) {
		if (problem.type().equals(ProblemType.FORBIDDEN) || problem.type().equals(ProblemType.NOT_FOUND)) {
			throw problem;
		}
		String kind = messages.getMessage("batches.error." + problem.type().slug(), null,
				messages.getMessage("batches.error.other", null, locale), locale);
		return problem.getMessage() == null ? kind : kind + " " + problem.getMessage();
	}
}
