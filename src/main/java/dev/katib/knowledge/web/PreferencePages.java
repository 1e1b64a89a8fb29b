package dev.katib.knowledge.web;

import java.util.Locale;
import java.util.UUID;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.katib.accounts.AccessPolicy;
import dev.katib.accounts.Caller;
import dev.katib.accounts.Permission;
import dev.katib.knowledge.WriterPreferences;
import dev.katib.platform.KatibException;
import dev.katib.platform.Pages;

/** "My preferences": the signed-in writer's own preferences, which shape only their letters. */
@Pages
@RequestMapping("/preferences")
class PreferencePages {

	private static final String PAGE = "redirect:/preferences";

	private final WriterPreferences preferences;
	private final AccessPolicy access;
	private final PageErrors errors;

	PreferencePages(WriterPreferences preferences, AccessPolicy access, PageErrors errors) {
		this.preferences = preferences;
		this.access = access;
		this.errors = errors;
	}

	@GetMapping
	String page(Model model) {
		Caller caller = writer();
		model.addAttribute("preferences", preferences.list(caller.tenantId(), caller.userId()));
		return "knowledge/preferences";
	}

	@PostMapping
	String add(@RequestParam String text, RedirectAttributes redirect, Locale locale) {
		Caller caller = writer();
		return act(() -> preferences.add(caller.tenantId(), caller.userId(), text), "preference-added", redirect,
				locale);
	}

	@PostMapping("/{id}")
	String update(@PathVariable UUID id, @RequestParam String text, RedirectAttributes redirect, Locale locale) {
		Caller caller = writer();
		return act(() -> preferences.update(caller.tenantId(), caller.userId(), id, text), "saved", redirect, locale);
	}

	@PostMapping("/{id}/remove")
	String remove(@PathVariable UUID id, RedirectAttributes redirect, Locale locale) {
		Caller caller = writer();
		return act(() -> preferences.remove(caller.tenantId(), caller.userId(), id), "removed", redirect, locale);
	}

	private String act(Runnable action, String status, RedirectAttributes redirect, Locale locale) {
		try {
			action.run();
			redirect.addFlashAttribute("status", status);
		}
		catch (KatibException ex) {
			redirect.addFlashAttribute("error", errors.describe(ex, locale));
		}
		return PAGE;
	}

	private Caller writer() {
		return access.require(Permission.WRITE_LETTERS);
	}
}
