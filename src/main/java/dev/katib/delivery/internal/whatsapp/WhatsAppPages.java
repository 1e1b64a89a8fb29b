package dev.katib.delivery.internal.whatsapp;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.katib.accounts.Caller;
import dev.katib.accounts.Callers;
import dev.katib.accounts.Permission;
import dev.katib.accounts.RequiresPermission;
import dev.katib.platform.KatibException;
import dev.katib.platform.Pages;

/** The organisation's WhatsApp account for owners and administrators: set it, see the callback to give Meta, forget it. */
@Pages
@RequestMapping("/admin/whatsapp")
class WhatsAppPages {

	private final WhatsAppAccounts accounts;
	private final WhatsAppApi api;
	private final Callers callers;
	private final MessageSource messages;

	WhatsAppPages(WhatsAppAccounts accounts, WhatsAppApi api, Callers callers, MessageSource messages) {
		this.accounts = accounts;
		this.api = api;
		this.callers = callers;
		this.messages = messages;
	}

	@RequiresPermission(Permission.MANAGE_ORGANISATION)
	@GetMapping
	String show(Model model) {
		Caller caller = callers.current();
		model.addAttribute("account", accounts.shown(caller.tenantId()).isPresent() ? api.show() : null);
		model.addAttribute("graphApi", WhatsAppApi.GRAPH_API);
		return "delivery/whatsapp";
	}

	@RequiresPermission(Permission.MANAGE_ORGANISATION)
	@PostMapping
	String save(@RequestParam(defaultValue = "") String apiUrl, @RequestParam(defaultValue = "") String phoneNumberId,
			@RequestParam(defaultValue = "") String token, @RequestParam(defaultValue = "") String appSecret, Model model,
			RedirectAttributes redirect, Locale locale) {
		try {
			api.saved(new WhatsAppApi.AccountRequest(apiUrl, phoneNumberId.strip(), blankToNull(token),
					blankToNull(appSecret)));
			redirect.addFlashAttribute("notice", messages.getMessage("whatsapp.saved", null, locale));
			return "redirect:/admin/whatsapp";
		}
		catch (KatibException ex) {
			model.addAttribute("error", ex.getMessage());
			return show(model);
		}
	}

	@RequiresPermission(Permission.MANAGE_ORGANISATION)
	@GetMapping("/remove")
	String confirmRemoval() {
		return "delivery/remove-whatsapp";
	}

	@RequiresPermission(Permission.MANAGE_ORGANISATION)
	@PostMapping("/remove")
	String remove(RedirectAttributes redirect, Locale locale) {
		accounts.remove(callers.current().tenantId());
		redirect.addFlashAttribute("notice", messages.getMessage("whatsapp.removed", null, locale));
		return "redirect:/admin/whatsapp";
	}

	private static @Nullable String blankToNull(String text) {
		return text.isBlank() ? null : text.strip();
	}

	/** Offers the page in the header to those who may change the organisation's settings. */
	@org.springframework.web.bind.annotation.ControllerAdvice(annotations = Pages.class)
	static class Navigation {

		private final Callers callers;

		Navigation(Callers callers) {
			this.callers = callers;
		}

		@ModelAttribute("whatsAppLink")
		boolean whatsAppLink() {
			return callers.find().map(caller -> Permission.MANAGE_ORGANISATION.isGrantedTo(caller.roles())).orElse(false);
		}
	}
}
