package dev.katib.webhooks;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.katib.accounts.Callers;
import dev.katib.accounts.Permission;
import dev.katib.accounts.RequiresPermission;
import dev.katib.platform.KatibException;
import dev.katib.platform.Pages;
import dev.katib.platform.ProblemType;

/**
 * The organisation's webhook endpoints for owners and administrators: added (the secret shown once), paused,
 * resumed, tested and removed after a confirmation; each with its latest messages, replayable, and attempt log.
 */
@Pages
@RequestMapping("/admin/webhooks")
class WebhookPages {

	private static final int LONGEST_URL = 2000;

	private final Webhooks webhooks;
	private final Callers callers;
	private final MessageSource messages;
	private final WebhookReasons reasons;

	WebhookPages(Webhooks webhooks, Callers callers, MessageSource messages, WebhookReasons reasons) {
		this.webhooks = webhooks;
		this.callers = callers;
		this.messages = messages;
		this.reasons = reasons;
	}

	@RequiresPermission(Permission.MANAGE_ORGANISATION)
	@GetMapping
	String list(Model model) {
		model.addAttribute("endpoints", webhooks.list(callers.current()));
		model.addAttribute("eventTypes", WebhookEvents.TYPES);
		return "webhooks/endpoints";
	}

	@RequiresPermission(Permission.MANAGE_ORGANISATION)
	@PostMapping
	String create(@RequestParam(defaultValue = "") String url,
			@RequestParam(name = "eventTypes", required = false) List<String> eventTypes, Model model, Locale locale) {
		List<String> types = eventTypes == null ? List.of() : eventTypes.stream().limit(20).toList();
		model.addAttribute("url", url.length() > LONGEST_URL ? "" : url);
		model.addAttribute("chosen", types);
		try {
			if (url.isBlank() || url.length() > LONGEST_URL) {
				throw KatibException.invalidField("url", "A webhook URL holds 1 to " + LONGEST_URL + " characters.");
			}
			if (types.isEmpty()) {
				throw KatibException.invalidField("eventTypes", "Choose at least one event.");
			}
			Webhooks.Created created = webhooks.create(callers.current(), url, types);
			// shown in this answer only, never put in the session: reloading the endpoint's page shows its hint
			model.addAttribute("secret", created.secret());
			return show(created.endpoint().id(), model, locale);
		}
		catch (KatibException ex) {
			model.addAttribute("error", refusal(ex, locale));
			return list(model);
		}
	}

	@RequiresPermission(Permission.MANAGE_ORGANISATION)
	@GetMapping("/{endpointId}")
	String show(@PathVariable UUID endpointId, Model model, Locale locale) {
		model.addAttribute("endpoint", webhooks.show(callers.current(), endpointId));
		List<WebhookMessages.Message> sent = webhooks.messages(callers.current(), endpointId);
		List<WebhookMessages.Attempt> attempts = webhooks.attempts(callers.current(), endpointId).stream().limit(50).toList();
		model.addAttribute("messages", sent);
		model.addAttribute("attempts", attempts);
		model.addAttribute("reasons", reasons.of(java.util.stream.Stream.concat(
				sent.stream().map(WebhookMessages.Message::lastError), attempts.stream().map(WebhookMessages.Attempt::detail))
			.toList(), locale));
		return "webhooks/endpoint";
	}

	@RequiresPermission(Permission.MANAGE_ORGANISATION)
	@PostMapping("/{endpointId}/pause")
	String pause(@PathVariable UUID endpointId, RedirectAttributes redirect, Locale locale) {
		return act(endpointId, redirect, locale, "webhooks.paused", () -> webhooks.pause(callers.current(), endpointId));
	}

	@RequiresPermission(Permission.MANAGE_ORGANISATION)
	@PostMapping("/{endpointId}/resume")
	String resume(@PathVariable UUID endpointId, RedirectAttributes redirect, Locale locale) {
		return act(endpointId, redirect, locale, "webhooks.resumed", () -> webhooks.resume(callers.current(), endpointId));
	}

	@RequiresPermission(Permission.MANAGE_ORGANISATION)
	@PostMapping("/{endpointId}/test")
	String test(@PathVariable UUID endpointId, RedirectAttributes redirect, Locale locale) {
		return act(endpointId, redirect, locale, "webhooks.test.queued",
				() -> webhooks.sendTest(callers.current(), endpointId));
	}

	@RequiresPermission(Permission.MANAGE_ORGANISATION)
	@PostMapping("/{endpointId}/messages/{messageId}/replay")
	String replay(@PathVariable UUID endpointId, @PathVariable UUID messageId, RedirectAttributes redirect,
			Locale locale) {
		webhooks.show(callers.current(), endpointId);
		if (webhooks.messages(callers.current(), endpointId).stream().noneMatch(m -> m.id().equals(messageId))) {
			throw KatibException.notFound("The webhook message");
		}
		return act(endpointId, redirect, locale, "webhooks.replayed", () -> {
			webhooks.replay(callers.current(), messageId);
			return messageId;
		});
	}

	@RequiresPermission(Permission.MANAGE_ORGANISATION)
	@GetMapping("/{endpointId}/delete")
	String confirmDeletion(@PathVariable UUID endpointId, Model model) {
		model.addAttribute("endpoint", webhooks.show(callers.current(), endpointId));
		return "webhooks/delete-endpoint";
	}

	@RequiresPermission(Permission.MANAGE_ORGANISATION)
	@PostMapping("/{endpointId}/delete")
	String delete(@PathVariable UUID endpointId, RedirectAttributes redirect, Locale locale) {
		webhooks.delete(callers.current(), endpointId);
		redirect.addFlashAttribute("notice", messages.getMessage("webhooks.deleted", null, locale));
		return "redirect:/admin/webhooks";
	}

	/** Does the action; a conflict (already paused, still being sent) is told on the endpoint's page. */
	private String act(UUID endpointId, RedirectAttributes redirect, Locale locale, String done,
			java.util.function.Supplier<?> action) {
		try {
			action.get();
			redirect.addFlashAttribute("notice", messages.getMessage(done, null, locale));
		}
		catch (KatibException ex) {
			if (!ProblemType.CONFLICT.equals(ex.type())) {
				throw ex;
			}
			redirect.addFlashAttribute("error", messages.getMessage(done + ".conflict", null, locale));
		}
		return "redirect:/admin/webhooks/" + endpointId;
	}

	/** Why the endpoint was not added, in the page's language, with the reason the check gave. */
	private String refusal(KatibException ex, Locale locale) {
		if (ex.properties().get("errors") instanceof List<?> errors && !errors.isEmpty()
				&& errors.getFirst() instanceof java.util.Map<?, ?> error) {
			String key = "eventTypes".equals(error.get("field")) ? "webhooks.error.events" : "webhooks.error.url";
			return messages.getMessage(key, new Object[] { reasons.of(String.valueOf(error.get("message")), locale) }, locale);
		}
		if (ProblemType.FORBIDDEN.equals(ex.type()) || ProblemType.NOT_FOUND.equals(ex.type())) {
			throw ex;
		}
		return messages.getMessage("webhooks.error.other", null, locale);
	}

	/** Offers the page in the header to those who may change the organisation's settings. */
	@ControllerAdvice(annotations = Pages.class)
	static class Navigation {

		private final Callers callers;

		Navigation(Callers callers) {
			this.callers = callers;
		}

		@ModelAttribute("webhooksLink")
		boolean webhooksLink() {
			return callers.find().map(caller -> Permission.MANAGE_ORGANISATION.isGrantedTo(caller.roles())).orElse(false);
		}
	}
}
