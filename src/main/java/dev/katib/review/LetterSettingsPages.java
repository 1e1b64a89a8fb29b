package dev.katib.review;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.katib.accounts.RequiresPermission;
import dev.katib.accounts.Permission;
import dev.katib.accounts.Callers;
import dev.katib.platform.KatibException;
import dev.katib.platform.Pages;

/** The organisation's letter settings in the browser, for its owners and administrators. */
@RequiresPermission(Permission.MANAGE_ORGANISATION)
@Pages
class LetterSettingsPages {

	private final LetterSettings settings;
	private final Callers callers;
	private final MessageSource messages;

	LetterSettingsPages(LetterSettings settings, Callers callers, MessageSource messages) {
		this.settings = settings;
		this.callers = callers;
		this.messages = messages;
	}

	@GetMapping("/admin/letter-settings")
	String letterSettings(Model model) {
		WorkflowSettings current = settings.of(callers.current());
		model.addAttribute("settings", current);
		model.addAttribute("reviewOptional", String.join(", ", current.reviewOptionalFor().stream().sorted().toList()));
		model.addAttribute("example", current.format().format(1448, 123));
		return "review/letter-settings";
	}

	@PostMapping("/admin/letter-settings")
	String changeLetterSettings(@RequestParam(defaultValue = "") String reviewOptional,
			@RequestParam(defaultValue = "false") boolean writersApproveOwn,
			@RequestParam WorkflowSettings.NumberingAt numberingAt, @RequestParam String numberPrefix,
			@RequestParam NumberFormat.Calendar numberCalendar, @RequestParam int numberWidth,
			@RequestParam(defaultValue = "false") boolean signRequiresPassword, RedirectAttributes flash,
			Locale locale) {
		var categories = Arrays.stream(reviewOptional.split("[,،]"))
			.map(String::strip)
			.filter(category -> !category.isEmpty())
			.collect(Collectors.toSet());
		String prefix = numberPrefix.strip();
		if (!prefix.matches("[\\p{L}\\p{N}_-]{0,20}") || numberWidth < 1 || numberWidth > 12 || categories.size() > 100
				|| categories.stream().anyMatch(category -> category.length() > 100)) {
			flash.addFlashAttribute("error", messages.getMessage("letter-settings.invalid", null, locale));
			return "redirect:/admin/letter-settings";
		}
		try {
			settings.change(callers.current(), new WorkflowSettings(categories, writersApproveOwn, numberingAt,
					new NumberFormat(prefix, numberCalendar, numberWidth), signRequiresPassword));
		}
		catch (KatibException refused) {
			if (refused.type().status().value() == 403) {
				throw refused;
			}
			flash.addFlashAttribute("error", messages.getMessage("letter-settings.unknown-category", null, locale));
			return "redirect:/admin/letter-settings";
		}
		flash.addFlashAttribute("notice", messages.getMessage("letter-settings.saved", null, locale));
		return "redirect:/admin/letter-settings";
	}
}
