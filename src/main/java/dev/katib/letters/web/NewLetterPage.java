package dev.katib.letters.web;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.katib.accounts.RequiresPermission;
import dev.katib.accounts.Callers;
import dev.katib.accounts.Caller;
import dev.katib.accounts.Colleagues;
import dev.katib.accounts.Permission;
import dev.katib.letters.LetterFilter;
import dev.katib.letters.LetterView;
import dev.katib.letters.Letters;
import dev.katib.knowledge.Honorific;
import dev.katib.knowledge.Language;
import dev.katib.knowledge.WritingKnowledge;
import dev.katib.platform.KatibException;
import dev.katib.platform.Pages;

/**
 * The new-letter form: category, language, a recipient from the directory or typed (and optionally added to it),
 * the request, and an earlier letter to reply to or follow up. Submitting it opens the letter and goes to its page,
 * where the draft streams into the preview.
 */
@RequiresPermission(Permission.WRITE_LETTERS)
@Pages
class NewLetterPage {

	private static final int PICKER_SIZE = 8;
	private static final int MAX_QUERY = 100;

	private final Letters letters;
	private final WritingKnowledge knowledge;
	private final Callers callers;
	private final Colleagues colleagues;

	NewLetterPage(Letters letters, WritingKnowledge knowledge, Callers callers, Colleagues colleagues) {
		this.letters = letters;
		this.knowledge = knowledge;
		this.callers = callers;
		this.colleagues = colleagues;
	}

	@GetMapping("/letters/new")
	String form(Locale locale, Model model) {
		Caller caller = Permission.WRITE_LETTERS.require(callers.current());
		return show(caller, NewLetterForm.empty("en".equals(locale.getLanguage()) ? "en" : "ar"), List.of(), locale,
				model);
	}

	@PostMapping("/letters")
	String create(NewLetterForm form, Locale locale, Model model, HttpServletResponse response) {
		Caller caller = Permission.WRITE_LETTERS.require(callers.current());
		List<String> problems = form.problems();
		if (!problems.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return show(caller, form, problems, locale, model);
		}
		try {
			UUID saved = form.savesRecipient()
					? knowledge.addRecipient(caller.tenantId(), form.typedRecipient(), null, null) : null;
			LetterView letter = letters.draft(caller, form.draft(saved), form.idempotencyKey());
			return "redirect:/letters/" + letter.id();
		}
		catch (KatibException ex) {
			int status = ex.type().status().value();
			if (status == 401 || status == 403) {
				throw ex;
			}
			response.setStatus(status);
			return show(caller, form.again(), DraftingProblems.of(ex), locale, model);
		}
	}

	/** The recipient picker's results, for htmx. */
	@GetMapping("/letters/new/recipients")
	String recipients(@RequestParam(defaultValue = "") String q, Locale locale, Model model) {
		Caller caller = Permission.WRITE_LETTERS.require(callers.current());
		model.addAttribute("recipients", recipients(caller, q, locale));
		model.addAttribute("searched", true);
		return "letters/pickers :: recipients";
	}

	/** The earlier-letter picker's results, for htmx. */
	@GetMapping("/letters/new/earlier")
	String earlier(@RequestParam(defaultValue = "") String q, Locale locale, Model model) {
		Caller caller = Permission.WRITE_LETTERS.require(callers.current());
		model.addAttribute("earlier", earlier(caller, q, locale));
		model.addAttribute("searched", true);
		return "letters/pickers :: earlier";
	}

	private String show(Caller caller, NewLetterForm form, List<String> errors, Locale locale, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("categories", knowledge.categories(caller.tenantId()));
		model.addAttribute("languages", List.of(Language.values()));
		model.addAttribute("honorifics", List.of(Honorific.values()));
		model.addAttribute("recipients", recipients(caller, "", locale));
		model.addAttribute("earlier", earlier(caller, "", locale));
		model.addAttribute("chosenRecipient", form.recipientId());
		model.addAttribute("chosenLetter", form.linkedId());
		model.addAttribute("searched", false);
		return "letters/new";
	}

	private List<Choices.RecipientChoice> recipients(Caller caller, String q, Locale locale) {
		return knowledge.searchRecipients(caller.tenantId(), clip(q), PICKER_SIZE)
			.stream()
			.map(entry -> new Choices.RecipientChoice(entry.id(), Addressees.line(entry.recipient(), locale),
					Addressees.details(entry.recipient())))
			.toList();
	}

	private List<Choices.EarlierLetter> earlier(Caller caller, String q, Locale locale) {
		String query = clip(q);
		LetterFilter filter = new LetterFilter(null, null, null, query.isEmpty() ? null : query);
		ZoneId zone = colleagues.timeZone(caller.tenantId());
		return letters.search(caller, filter, 0, PICKER_SIZE)
			.items()
			.stream()
			.map(letter -> new Choices.EarlierLetter(letter.id(), subject(letter),
					Addressees.line(letter.recipient(), locale) + " · " + Times.day(letter.createdAt(), zone, locale)))
			.toList();
	}

	private static @Nullable String subject(LetterView letter) {
		return letter.version() == null ? null : letter.version().letter().subject();
	}

	private static String clip(String q) {
		String query = q.strip();
		return query.length() > MAX_QUERY ? query.substring(0, MAX_QUERY) : query;
	}
}
