package dev.katib.knowledge.web;

import java.util.List;
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

import dev.katib.knowledge.Honorific;
import dev.katib.knowledge.KnowledgeAdministration;
import dev.katib.knowledge.RecipientEntry;
import dev.katib.knowledge.RecipientPage;
import dev.katib.platform.KatibException;
import dev.katib.platform.Pages;

/** The recipients directory page: search as you type, add, change and remove entries. Administrators only. */
@Pages
@RequestMapping("/admin/writing/recipients")
class RecipientPages {

	private static final int PAGE_SIZE = 20;

	private final KnowledgeAdministration knowledge;
	private final PageErrors errors;

	RecipientPages(KnowledgeAdministration knowledge, PageErrors errors) {
		this.knowledge = knowledge;
		this.errors = errors;
	}

	/** A recipient as the form posts it. */
	record RecipientForm(@Nullable String name, @Nullable String honorific, @Nullable String jobTitle,
			@Nullable String gender, @Nullable String organisation, @Nullable String email, @Nullable String phone,
			@Nullable Long version) {

		static RecipientForm blank() {
			return new RecipientForm(null, "saada", null, "MALE", null, null, null, null);
		}

		static RecipientForm of(RecipientEntry entry) {
			var r = entry.recipient();
			return new RecipientForm(r.name(), r.honorific().code(), r.jobTitle(),
					r.gender() == null ? null : r.gender().name(), r.organisation(), entry.email(), entry.phone(),
					entry.version());
		}

		KnowledgeJson.RecipientRequest request() {
			return new KnowledgeJson.RecipientRequest(name, honorific, jobTitle, gender, organisation, email, phone,
					version);
		}
	}

	@GetMapping
	String directory(@RequestParam(required = false) @Nullable String q, @RequestParam(defaultValue = "0") int page,
			Model model, Locale locale) {
		knowledge.requireAdministrator();
		return show(model, q, page, RecipientForm.blank(), null, locale);
	}

	@PostMapping
	String add(RecipientForm form, Model model, RedirectAttributes redirect, Locale locale) {
		try {
			var request = form.request();
			knowledge.addRecipient(request.recipient(), request.email(), request.phone());
			redirect.addFlashAttribute("status", "recipient-added");
			return "redirect:/admin/writing/recipients";
		}
		catch (KatibException ex) {
			return show(model, null, 0, form, errors.describe(ex, locale), locale);
		}
	}

	@GetMapping("/{id}")
	String recipient(@PathVariable UUID id, Model model) {
		knowledge.requireAdministrator();
		return edit(model, id, RecipientForm.of(knowledge.recipient(id)), null);
	}

	@PostMapping("/{id}")
	String update(@PathVariable UUID id, RecipientForm form, Model model, RedirectAttributes redirect, Locale locale) {
		try {
			var request = form.request();
			knowledge.updateRecipient(id, request.recipient(), request.email(), request.phone(), request.version());
			redirect.addFlashAttribute("status", "saved");
			return "redirect:/admin/writing/recipients";
		}
		catch (KatibException ex) {
			return edit(model, id, form, errors.describe(ex, locale));
		}
	}

	@PostMapping("/{id}/remove")
	String remove(@PathVariable UUID id, RedirectAttributes redirect, Locale locale) {
		try {
			knowledge.removeRecipient(id);
			redirect.addFlashAttribute("status", "removed");
		}
		catch (KatibException ex) {
			redirect.addFlashAttribute("error", errors.describe(ex, locale));
		}
		return "redirect:/admin/writing/recipients";
	}

	private String show(Model model, @Nullable String q, int page, RecipientForm form, @Nullable String error,
			Locale locale) {
		RecipientPage found;
		try {
			found = knowledge.recipients(q, page, PAGE_SIZE);
		}
		catch (KatibException ex) {
			found = knowledge.recipients(null, 0, PAGE_SIZE);
			error = errors.describe(ex, locale);
		}
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("found", found);
		model.addAttribute("lastPage", Math.max(0, (found.total() - 1) / PAGE_SIZE));
		model.addAttribute("form", form);
		model.addAttribute("honorifics", honorifics());
		if (error != null) {
			model.addAttribute("error", error);
		}
		return "knowledge/recipients";
	}

	private String edit(Model model, UUID id, RecipientForm form, @Nullable String error) {
		model.addAttribute("id", id);
		model.addAttribute("form", form);
		model.addAttribute("honorifics", honorifics());
		model.addAttribute("error", error);
		return "knowledge/recipient";
	}

	private static List<String> honorifics() {
		return java.util.Arrays.stream(Honorific.values()).map(Honorific::code).toList();
	}
}
