package dev.katib.letters.web;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import dev.katib.accounts.Callers;
import dev.katib.accounts.Permission;
import dev.katib.accounts.RequiresPermission;
import dev.katib.knowledge.Language;
import dev.katib.letters.phrases.OrganisationPhrases;
import dev.katib.platform.Inputs;
import dev.katib.platform.KatibException;
import dev.katib.platform.Pages;

/**
 * The organisation's phrases for drafting without a model, in its writing knowledge: the YAML of each
 * language, edited as a whole and checked before it is kept, with a way back to Katib's own.
 */
@Pages
class PhrasePages {

	private final OrganisationPhrases phrases;
	private final Callers callers;

	PhrasePages(OrganisationPhrases phrases, Callers callers) {
		this.phrases = phrases;
		this.callers = callers;
	}

	/** The phrases of one language over the API: {@code yaml}, and whether they are the organisation's own. */
	record PhrasesView(String language, String yaml, boolean own) {

		static PhrasesView of(OrganisationPhrases.Text text) {
			return new PhrasesView(text.language().code(), text.yaml(), text.own());
		}
	}

	record PhrasesRequest(@Nullable String yaml) {
	}

	@RequiresPermission(Permission.MANAGE_ORGANISATION)
	@GetMapping("/admin/writing/phrases")
	String page(@RequestParam(defaultValue = "ar") String language, Model model) {
		return show(language(language), null, null, model);
	}

	@RequiresPermission(Permission.MANAGE_ORGANISATION)
	@PostMapping("/admin/writing/phrases/{language}")
	String save(@PathVariable String language, @RequestParam(required = false) @Nullable String yaml, Model model) {
		Language lang = language(language);
		try {
			phrases.save(callers.current(), lang, yaml);
		}
		catch (KatibException refused) {
			return show(lang, yaml, refused.getMessage(), model);
		}
		return "redirect:/admin/writing/phrases?language=" + lang.code() + "&saved";
	}

	@RequiresPermission(Permission.MANAGE_ORGANISATION)
	@PostMapping("/admin/writing/phrases/{language}/reset")
	String reset(@PathVariable String language) {
		Language lang = language(language);
		phrases.reset(callers.current(), lang);
		return "redirect:/admin/writing/phrases?language=" + lang.code() + "&reset";
	}

	@RequiresPermission(Permission.MANAGE_ORGANISATION)
	@GetMapping("/api/v1/knowledge/phrases/{language}")
	@ResponseBody
	PhrasesView get(@PathVariable String language) {
		return PhrasesView.of(phrases.text(callers.current(), language(language)));
	}

	@RequiresPermission(Permission.MANAGE_ORGANISATION)
	@PutMapping("/api/v1/knowledge/phrases/{language}")
	@ResponseBody
	PhrasesView put(@PathVariable String language, @RequestBody PhrasesRequest request) {
		return PhrasesView.of(phrases.save(callers.current(), language(language), request.yaml()));
	}

	@RequiresPermission(Permission.MANAGE_ORGANISATION)
	@DeleteMapping("/api/v1/knowledge/phrases/{language}")
	@ResponseBody
	ResponseEntity<PhrasesView> delete(@PathVariable String language) {
		return ResponseEntity.ok(PhrasesView.of(phrases.reset(callers.current(), language(language))));
	}

	private String show(Language language, @Nullable String typed, @Nullable String error, Model model) {
		OrganisationPhrases.Text text = phrases.text(callers.current(), language);
		model.addAttribute("language", language.code());
		model.addAttribute("yaml", typed != null ? typed : text.yaml());
		model.addAttribute("own", text.own());
		model.addAttribute("error", error);
		return "letters/phrases";
	}

	private static Language language(String code) {
		return switch (code.strip().toLowerCase(Locale.ROOT)) {
			case "ar" -> Language.ARABIC;
			case "en" -> Language.ENGLISH;
			default -> throw Inputs.invalid("language", "language is ar or en.");
		};
	}
}
