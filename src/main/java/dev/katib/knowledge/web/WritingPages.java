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

import dev.katib.knowledge.CategoryDefinition;
import dev.katib.knowledge.Language;
import dev.katib.knowledge.CategoryEntry;
import dev.katib.knowledge.KnowledgeAdministration;
import dev.katib.knowledge.ReferenceLetter;
import dev.katib.knowledge.StyleRule;
import dev.katib.platform.KatibException;
import dev.katib.platform.Pages;

/**
 * The writing-knowledge admin hub: the organisation's categories, style rules, reference letters and
 * introduction, each in its own section, for owners and administrators.
 */
@Pages
@RequestMapping("/admin/writing")
class WritingPages {

	private static final String HUB = "redirect:/admin/writing";

	private final KnowledgeAdministration knowledge;
	private final PageErrors errors;

	WritingPages(KnowledgeAdministration knowledge, PageErrors errors) {
		this.knowledge = knowledge;
		this.errors = errors;
	}

	@GetMapping
	String hub(Model model, Locale locale) {
		List<CategoryEntry> categories = knowledge.categories();
		boolean arabic = "ar".equals(locale.getLanguage());
		model.addAttribute("categories", categories);
		model.addAttribute("categoryNames", categories.stream()
			.map(CategoryEntry::category)
			.collect(java.util.stream.Collectors.toMap(CategoryDefinition::key,
					c -> arabic ? c.arabicName() : c.englishName())));
		model.addAttribute("rules", knowledge.styleRules(null));
		model.addAttribute("referenceLetters", knowledge.referenceLetters(null));
		model.addAttribute("arabicIntroduction", knowledge.introduction(Language.ARABIC).orElse(""));
		model.addAttribute("englishIntroduction", knowledge.introduction(Language.ENGLISH).orElse(""));
		return "knowledge/writing";
	}

	@PostMapping("/style-rules")
	String addRule(@RequestParam(required = false) @Nullable String category, @RequestParam String text,
			RedirectAttributes redirect, Locale locale) {
		return act(() -> knowledge.addStyleRule(new StyleRule(blankToNull(category), text)), "rule-added", "#rules",
				redirect, locale);
	}

	@PostMapping("/style-rules/{id}")
	String updateRule(@PathVariable UUID id, @RequestParam(required = false) @Nullable String category,
			@RequestParam String text, RedirectAttributes redirect, Locale locale) {
		return act(() -> knowledge.updateStyleRule(id, new StyleRule(blankToNull(category), text)), "saved", "#rules",
				redirect, locale);
	}

	@PostMapping("/style-rules/{id}/remove")
	String removeRule(@PathVariable UUID id, RedirectAttributes redirect, Locale locale) {
		return act(() -> knowledge.removeStyleRule(id), "removed", "#rules", redirect, locale);
	}

	@PostMapping("/reference-letters")
	String addReferenceLetter(@RequestParam String category, @RequestParam String text, RedirectAttributes redirect,
			Locale locale) {
		return act(() -> knowledge.addReferenceLetter(new ReferenceLetter(category, text)), "saved",
				"#reference-letters", redirect, locale);
	}

	@PostMapping("/reference-letters/{id}")
	String updateReferenceLetter(@PathVariable UUID id, @RequestParam String category, @RequestParam String text,
			RedirectAttributes redirect, Locale locale) {
		return act(() -> knowledge.updateReferenceLetter(id, new ReferenceLetter(category, text)), "saved",
				"#reference-letters", redirect, locale);
	}

	@PostMapping("/reference-letters/{id}/remove")
	String removeReferenceLetter(@PathVariable UUID id, RedirectAttributes redirect, Locale locale) {
		return act(() -> knowledge.removeReferenceLetter(id), "removed", "#reference-letters", redirect, locale);
	}

	@PostMapping("/introduction/{language}")
	String setIntroduction(@PathVariable String language, @RequestParam(required = false) @Nullable String text,
			RedirectAttributes redirect, Locale locale) {
		return act(() -> knowledge.setIntroduction(KnowledgeJson.language(language), text), "saved", "#introduction",
				redirect, locale);
	}

	@GetMapping("/categories/new")
	String newCategory(Model model) {
		knowledge.requireAdministrator();
		return categoryForm(model, new CategoryForm(null, null, null, "formal", null, null, true, null, null, null), null,
				null);
	}

	@GetMapping("/categories/{key}")
	String category(@PathVariable String key, Model model) {
		knowledge.requireAdministrator();
		CategoryEntry entry = knowledge.categories()
			.stream()
			.filter(candidate -> candidate.category().key().equals(key))
			.findFirst()
			.orElseThrow(() -> KatibException.notFound("The category"));
		CategoryDefinition c = entry.category();
		return categoryForm(model, new CategoryForm(c.key(), c.arabicName(), c.englishName(), c.closingStyle().code(),
				c.arabicClosing(), c.englishClosing(), c.basmala(), c.arabicSubject(), c.englishSubject(),
				entry.version()), key, null);
	}

	@PostMapping("/categories")
	String addCategory(CategoryForm form, Model model, RedirectAttributes redirect, Locale locale) {
		try {
			knowledge.addCategory(form.withKey(knowledge).definition(null));
			redirect.addFlashAttribute("status", "saved");
			return HUB + "#categories";
		}
		catch (KatibException ex) {
			return categoryForm(model, form, null, errors.describe(ex, locale));
		}
	}

	@PostMapping("/categories/{key}")
	String updateCategory(@PathVariable String key, CategoryForm form, Model model, RedirectAttributes redirect,
			Locale locale) {
		try {
			knowledge.updateCategory(key, form.definition(key), form.version());
			redirect.addFlashAttribute("status", "saved");
			return HUB + "#categories";
		}
		catch (KatibException ex) {
			return categoryForm(model, form, key, errors.describe(ex, locale));
		}
	}

	@PostMapping("/categories/{key}/remove")
	String removeCategory(@PathVariable String key, RedirectAttributes redirect, Locale locale) {
		return act(() -> knowledge.removeCategory(key), "removed", "#categories", redirect, locale);
	}

	/** A category as the form posts it. */
	record CategoryForm(@Nullable String key, @Nullable String arabicName, @Nullable String englishName,
			@Nullable String closingStyle, @Nullable String arabicClosing, @Nullable String englishClosing,
			@Nullable Boolean basmala, @Nullable String arabicSubject, @Nullable String englishSubject,
			@Nullable Long version) {

		/** The form with a key made from its names when none was typed. */
		CategoryForm withKey(KnowledgeAdministration knowledge) {
			return key != null && !key.isBlank() ? this
					: new CategoryForm(knowledge.newCategoryKey(arabicName, englishName), arabicName, englishName,
							closingStyle, arabicClosing, englishClosing, basmala, arabicSubject, englishSubject, version);
		}

		CategoryDefinition definition(@Nullable String pathKey) {
			return new KnowledgeJson.CategoryRequest(key, arabicName, englishName, closingStyle, arabicClosing,
					englishClosing, basmala != null && basmala, arabicSubject, englishSubject, version)
				.definition(pathKey);
		}
	}

	private String categoryForm(Model model, CategoryForm form, @Nullable String key, @Nullable String error) {
		model.addAttribute("form", form);
		model.addAttribute("editing", key);
		model.addAttribute("error", error);
		return "knowledge/category";
	}

	private String act(Runnable action, String status, String anchor, RedirectAttributes redirect, Locale locale) {
		try {
			action.run();
			redirect.addFlashAttribute("status", status);
		}
		catch (KatibException ex) {
			redirect.addFlashAttribute("error", errors.describe(ex, locale));
		}
		return HUB + anchor;
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
