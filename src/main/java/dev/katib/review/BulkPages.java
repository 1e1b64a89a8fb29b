package dev.katib.review;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.katib.accounts.Caller;
import dev.katib.accounts.Callers;
import dev.katib.accounts.Permission;
import dev.katib.accounts.RequiresPermission;
import dev.katib.platform.KatibException;
import dev.katib.platform.Pages;

/**
 * Bulk actions from the queue pages: the letters chosen (one by one, or all of a batch run) are listed on a
 * confirmation page that says how many and which; once confirmed, each goes through its own transition and the
 * page lists what became of every one.
 */
@RequiresPermission(Permission.READ_LETTERS)
@Pages
class BulkPages {

	private final BulkTransitions bulk;
	private final Queues queues;
	private final SettingsStore settings;
	private final Callers callers;

	BulkPages(BulkTransitions bulk, Queues queues, SettingsStore settings, Callers callers) {
		this.bulk = bulk;
		this.queues = queues;
		this.settings = settings;
		this.callers = callers;
	}

	/** The confirmation: exactly the chosen letters that are still in the queue, counted and named. */
	@PostMapping("/queues/{queue:review|signature}/confirm")
	String confirm(@PathVariable String queue, @RequestParam(name = "letterIds", required = false)
			@Nullable List<UUID> letterIds, @RequestParam(required = false) @Nullable UUID batch, Model model) {
		Caller caller = callers.current();
		List<UUID> chosen = letterIds == null || letterIds.isEmpty() ? List.of() : BulkTransitions.checked(letterIds);
		var wanted = new HashSet<>(chosen);
		List<Queues.QueuedLetter> letters = queued(caller, queue, batch).stream()
			.filter(letter -> wanted.contains(letter.id()))
			.toList();
		model.addAttribute("queue", queue);
		model.addAttribute("batch", batch);
		model.addAttribute("letters", letters);
		model.addAttribute("password", "signature".equals(queue)
				&& settings.settings(caller.tenantId()).signRequiresPassword());
		return "review/bulk-confirm";
	}

	/** Performs the confirmed action on each letter, and lists the outcome of every one. */
	@PostMapping("/queues/{queue:review|signature}/perform")
	String perform(@PathVariable String queue, @RequestParam(name = "letterIds", required = false)
			@Nullable List<UUID> letterIds, @RequestParam(required = false) @Nullable String comment,
			@RequestParam(required = false) @Nullable String password,
			@RequestParam(required = false) @Nullable UUID batch, Model model, Locale locale) {
		Caller caller = callers.current();
		Map<UUID, Queues.QueuedLetter> named = queued(caller, queue, batch).stream()
			.collect(Collectors.toMap(Queues.QueuedLetter::id, Function.identity(), (a, b) -> a));
		model.addAttribute("queue", queue);
		model.addAttribute("batch", batch);
		model.addAttribute("named", named);
		try {
			model.addAttribute("outcome", "signature".equals(queue) ? bulk.sign(caller, letterIds, comment, password)
					: bulk.approve(caller, letterIds, comment));
		}
		catch (KatibException refused) {
			if (refused.type().status().value() == 403) {
				throw refused;
			}
			model.addAttribute("error", refused.getMessage());
		}
		return "review/bulk-done";
	}

	private List<Queues.QueuedLetter> queued(Caller caller, String queue, @Nullable UUID batch) {
		return "signature".equals(queue) ? queues.signature(caller, batch) : queues.review(caller, batch);
	}
}
