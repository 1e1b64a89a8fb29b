package dev.katib.automation.batch;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.katib.accounts.Caller;
import dev.katib.accounts.Callers;
import dev.katib.accounts.Permission;
import dev.katib.accounts.RequiresPermission;
import dev.katib.automation.batch.SignedRunLetters.SignedLetter;
import dev.katib.delivery.Channel;
import dev.katib.platform.KatibException;
import dev.katib.platform.Pages;

/**
 * Sending a run's signed letters together, as the queues approve and sign them together: the letters with the
 * address each one's record holds in the field the sender picks, a confirmation listing the chosen letters and
 * their addresses, then what became of every one.
 */
@Pages
@RequestMapping("/batches/{id}/deliveries")
@RequiresPermission(Permission.MANAGE_LETTERS)
class RunDeliveryPages {

	private final BatchRuns runs;
	private final RunDeliveries deliveries;
	private final Callers callers;
	private final MessageSource messages;

	RunDeliveryPages(BatchRuns runs, RunDeliveries deliveries, Callers callers, MessageSource messages) {
		this.runs = runs;
		this.deliveries = deliveries;
		this.callers = callers;
		this.messages = messages;
	}

	@GetMapping
	String letters(@PathVariable UUID id, @RequestParam(required = false) @Nullable String channel,
			@RequestParam(required = false) @Nullable String field, Model model, Locale locale) {
		Caller caller = callers.current();
		List<SignedLetter> letters = deliveries.letters(caller, id);
		String error = null;
		try {
			if (channel != null) {
				RunDeliveries.channel(channel);
			}
			if (field != null && !field.isBlank()) {
				RunDeliveries.field(field, letters);
			}
		}
		catch (KatibException refused) {
			error = describe(refused, locale);
			channel = null;
			field = null;
		}
		return list(caller, id, letters, channel, field, error, model);
	}

	@PostMapping("/confirm")
	String confirm(@PathVariable UUID id, @RequestParam(name = "letterIds", required = false)
			@Nullable List<UUID> letterIds, @RequestParam(required = false) @Nullable String channel,
			@RequestParam(required = false) @Nullable String field, Model model, Locale locale) {
		Caller caller = callers.current();
		List<SignedLetter> letters = deliveries.letters(caller, id);
		try {
			Channel chosenChannel = RunDeliveries.channel(channel);
			String chosenField = RunDeliveries.field(field, letters);
			Set<UUID> chosen = Set.copyOf(RunDeliveries.chosen(letterIds));
			model.addAttribute("run", runs.get(caller, id));
			model.addAttribute("letters", letters.stream().filter(letter -> chosen.contains(letter.id())).toList());
			model.addAttribute("channel", chosenChannel.name());
			model.addAttribute("field", chosenField);
			model.addAttribute("key", UUID.randomUUID());
			return "automation/batch-deliveries-confirm";
		}
		catch (KatibException refused) {
			return list(caller, id, letters, null, null, describe(refused, locale), model);
		}
	}

	@PostMapping("/send")
	String send(@PathVariable UUID id, @RequestParam(name = "letterIds", required = false)
			@Nullable List<UUID> letterIds, @RequestParam(required = false) @Nullable String channel,
			@RequestParam(required = false) @Nullable String field, @RequestParam(required = false) @Nullable UUID key,
			Model model, Locale locale) {
		Caller caller = callers.current();
		List<SignedLetter> letters = deliveries.letters(caller, id);
		try {
			Channel chosenChannel = RunDeliveries.channel(channel);
			String chosenField = RunDeliveries.field(field, letters);
			List<RunDeliveries.Sent> sent = deliveries.send(caller, id, letters, chosenChannel, chosenField,
					RunDeliveries.chosen(letterIds), key);
			model.addAttribute("run", runs.get(caller, id));
			model.addAttribute("sent", sent);
			model.addAttribute("queued", sent.stream().filter(RunDeliveries.Sent::queued).count());
			model.addAttribute("channel", chosenChannel.name());
			model.addAttribute("field", chosenField);
			return "automation/batch-deliveries-done";
		}
		catch (KatibException refused) {
			return list(caller, id, letters, null, null, describe(refused, locale), model);
		}
	}

	private String list(Caller caller, UUID id, List<SignedLetter> letters, @Nullable String channel,
			@Nullable String field, @Nullable String error, Model model) {
		List<String> fields = RunDeliveries.fields(letters);
		model.addAttribute("run", runs.get(caller, id));
		model.addAttribute("letters", letters);
		model.addAttribute("fields", fields);
		model.addAttribute("channel", channel == null ? Channel.EMAIL.name() : RunDeliveries.channel(channel).name());
		model.addAttribute("field", field == null || field.isBlank() ? null : field);
		model.addAttribute("max", RunDeliveries.MAX_LETTERS);
		model.addAttribute("error", error);
		return "automation/batch-deliveries";
	}

	/** The problem in the reader's language, with the server's detail after it. */
	private String describe(KatibException problem, Locale locale) {
		if (problem.type().status().value() == 403 || problem.type().status().value() == 404) {
			throw problem;
		}
		String kind = messages.getMessage("batches.deliver.error." + problem.type().slug(), null,
				messages.getMessage("batches.error.other", null, locale), locale);
		return problem.getMessage() == null ? kind : kind + " " + problem.getMessage();
	}
}
