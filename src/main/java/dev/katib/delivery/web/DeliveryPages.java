package dev.katib.delivery.web;

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
import dev.katib.accounts.Permission;
import dev.katib.accounts.RequiresPermission;
import dev.katib.delivery.Channel;
import dev.katib.delivery.Deliveries;
import dev.katib.letters.LetterView;
import dev.katib.letters.Letters;
import dev.katib.platform.KatibException;
import dev.katib.platform.Pages;
import dev.katib.platform.ProblemType;

/** A letter's sendings in the browser: send the signed letter by e-mail, and see what became of each sending. */
@Pages
@RequestMapping("/letters/{letterId}/deliveries")
@RequiresPermission(Permission.READ_LETTERS)
class DeliveryPages {

	private final Deliveries deliveries;
	private final Letters letters;
	private final Callers callers;
	private final MessageSource messages;

	DeliveryPages(Deliveries deliveries, Letters letters, Callers callers, MessageSource messages) {
		this.deliveries = deliveries;
		this.letters = letters;
		this.callers = callers;
		this.messages = messages;
	}

	@GetMapping
	String show(@PathVariable UUID letterId, Model model) {
		return page(callers.current(), letterId, model, null, null);
	}

	@RequiresPermission(Permission.MANAGE_LETTERS)
	@PostMapping
	String send(@PathVariable UUID letterId, @RequestParam(required = false) @Nullable String recipient, Model model,
			RedirectAttributes redirect, Locale locale) {
		Caller caller = callers.current();
		try {
			deliveries.deliver(caller, letterId, Channel.EMAIL, recipient == null ? "" : recipient);
			redirect.addFlashAttribute("status", "queued");
			return "redirect:/letters/" + letterId + "/deliveries";
		}
		catch (KatibException problem) {
			if (problem.type().equals(ProblemType.FORBIDDEN) || problem.type().equals(ProblemType.NOT_FOUND)) {
				throw problem;
			}
			return page(caller, letterId, model, describe(problem, locale), recipient);
		}
	}

	private String page(Caller caller, UUID letterId, Model model, @Nullable String error,
			@Nullable String recipient) {
		LetterView letter = letters.letter(caller, letterId);
		model.addAttribute("letter", letter);
		model.addAttribute("sendable", letter.status().signed());
		model.addAttribute("maySend", Permission.MANAGE_LETTERS.isGrantedTo(caller));
		model.addAttribute("deliveries", deliveries.ofLetter(caller, letterId));
		model.addAttribute("error", error);
		model.addAttribute("recipient", recipient);
		return "delivery/deliveries";
	}

	private String describe(KatibException problem, Locale locale) {
		return messages.getMessage("delivery.error." + problem.type().slug(), null,
				messages.getMessage("delivery.error.other", null, locale), locale);
	}
}
