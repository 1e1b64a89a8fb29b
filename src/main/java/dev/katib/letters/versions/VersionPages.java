package dev.katib.letters.versions;

import java.util.List;
import java.util.UUID;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.katib.accounts.RequiresPermission;
import dev.katib.accounts.Permission;
import dev.katib.accounts.Callers;
import dev.katib.accounts.Caller;
import dev.katib.letters.LetterHistory;
import dev.katib.letters.LetterVersion;
import dev.katib.letters.Letter;
import dev.katib.platform.Pages;

/** The page that compares two versions of a letter, with buttons to restore either. */
@RequiresPermission(Permission.READ_LETTERS)
@Pages
@RequestMapping("/letters/{id}/versions")
class VersionPages {

	private final LetterVersions versions;
	private final LetterHistory history;
	private final Callers callers;

	VersionPages(LetterVersions versions, LetterHistory history, Callers callers) {
		this.versions = versions;
		this.history = history;
		this.callers = callers;
	}

	/**
	 * What the diff page shows.
	 *
	 * @param field the part's message key suffix, e.g. {@code subject} or {@code paragraph}
	 * @param paragraph the paragraph's number from 1, for paragraphs
	 */
	record FieldView(String field, int paragraph, FieldDiff diff) {

		static FieldView of(FieldDiff diff) {
			if (diff.field().startsWith("paragraphs[")) {
				int index = Integer.parseInt(diff.field().substring(11, diff.field().length() - 1));
				return new FieldView("paragraph", index + 1, diff);
			}
			return new FieldView(diff.field(), 0, diff);
		}
	}

	@GetMapping("/{from}/diff/{to}")
	String diff(@PathVariable UUID id, @PathVariable int from, @PathVariable int to, Model model) {
		Caller caller = callers.current();
		Letter letter = versions.letter(caller, id);
		List<FieldDiff> fields = versions.diff(caller, id, from, to);
		int current = history.current(caller.tenantId(), id).map(LetterVersion::number).orElse(0);
		model.addAttribute("letterId", id);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("current", current);
		model.addAttribute("direction", letter.language().code().equals("ar") ? "rtl" : "ltr");
		model.addAttribute("language", letter.language().code());
		model.addAttribute("fields", fields.stream().map(FieldView::of).toList());
		model.addAttribute("unchanged", fields.stream().noneMatch(FieldDiff::changed));
		model.addAttribute("restorable", java.util.stream.Stream.of(from, to).distinct().filter(n -> n != current).toList());
		model.addAttribute("mayRestore", EditRights.mayEdit(caller, letter) && letter.editable());
		return "letters/diff";
	}

	@RequiresPermission(Permission.WRITE_LETTERS)
	@PostMapping("/{number}/restore")
	String restore(@PathVariable UUID id, @PathVariable int number, @RequestParam int basedOn) {
		Caller caller = callers.current();
		LetterVersion restored = versions.restore(caller, id, number, basedOn);
		return "redirect:/letters/" + id + "?restored=" + number + "&saved=" + restored.number();
	}
}
