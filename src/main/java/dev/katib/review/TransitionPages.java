package dev.katib.review;

import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.katib.accounts.RequiresPermission;
import dev.katib.accounts.Permission;
import dev.katib.accounts.Callers;
import dev.katib.letters.LetterTransition;
import dev.katib.platform.KatibException;
import dev.katib.platform.Pages;

/** The workflow panel of the letter page: its buttons and its comment form post here. */
@RequiresPermission(Permission.READ_LETTERS)
@Pages
class TransitionPages {

	private final Transitions transitions;
	private final LetterComments comments;
	private final Callers callers;
	private final MessageSource messages;

	TransitionPages(Transitions transitions, LetterComments comments, Callers callers, MessageSource messages) {
		this.transitions = transitions;
		this.comments = comments;
		this.callers = callers;
		this.messages = messages;
	}

	@PostMapping("/letters/{id}/workflow/{action:submit|approve|return|sign|send|cancel|archive}")
	String transition(@PathVariable UUID id, @PathVariable String action,
			@RequestParam(required = false) @Nullable String comment,
			@RequestParam(required = false) @Nullable String password, RedirectAttributes flash, Locale locale) {
		LetterTransition chosen = LetterTransition.valueOf(action.toUpperCase(Locale.ROOT));
		try {
			transitions.perform(callers.current(), id, chosen, comment, password);
			flash.addFlashAttribute("workflowNotice", messages.getMessage("workflow.done." + chosen.name(), null, locale));
		}
		catch (KatibException refused) {
			if (refused.type().status().value() == 404) {
				throw refused;
			}
			flash.addFlashAttribute("workflowError", refused.getMessage());
		}
		return "redirect:/letters/" + id;
	}

	@PostMapping("/letters/{id}/workflow/comments")
	String comment(@PathVariable UUID id, @RequestParam int version, @RequestParam String text,
			RedirectAttributes flash, Locale locale) {
		try {
			comments.add(callers.current(), id, version, text);
			flash.addFlashAttribute("workflowNotice", messages.getMessage("workflow.comment-added", null, locale));
		}
		catch (KatibException refused) {
			if (refused.type().status().value() == 404) {
				throw refused;
			}
			flash.addFlashAttribute("workflowError", refused.getMessage());
		}
		return "redirect:/letters/" + id;
	}
}
