package dev.katib.letters.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import dev.katib.accounts.RequiresPermission;
import dev.katib.accounts.Permission;
import dev.katib.accounts.Callers;
import dev.katib.accounts.Caller;
import dev.katib.letters.DraftStreams;
import dev.katib.letters.LetterView;
import dev.katib.letters.LetterAttachments;
import dev.katib.letters.Letters;
import dev.katib.letters.VersionView;
import dev.katib.platform.KatibException;
import dev.katib.platform.Pages;

/**
 * The letter page: the current version laid out as the letter, its dates, status and recipient, the hand-edit
 * form and the versions. While the first version is being written the page follows the draft stream.
 */
@Pages
class LetterPages {

	private final Letters letters;
	private final DraftStreams streams;
	private final ShownLetters shown;
	private final Callers callers;
	private final LetterAttachments attachments;

	LetterPages(Letters letters, DraftStreams streams, ShownLetters shown, Callers callers,
			LetterAttachments attachments) {
		this.letters = letters;
		this.attachments = attachments;
		this.streams = streams;
		this.shown = shown;
		this.callers = callers;
	}

	@RequiresPermission(Permission.READ_LETTERS)
	@GetMapping("/letters/{id}")
	String letter(@PathVariable UUID id, @RequestParam(required = false) @Nullable Integer saved,
			@RequestParam(required = false) @Nullable Integer restored, Locale locale, Model model) {
		Caller caller = callers.current();
		LetterView letter = letters.letter(caller, id);
		model.addAttribute("saved", saved);
		model.addAttribute("restored", restored);
		return show(caller, letter, editOf(letter), null, null, locale, model);
	}

	/** The draft of the letter as it is written, for the preview's EventSource. */
	@RequiresPermission(Permission.READ_LETTERS)
	@GetMapping(path = "/letters/{id}/draft/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	@ResponseBody
	SseEmitter stream(@PathVariable UUID id) {
		return DraftEvents.follow(streams, callers.current(), id);
	}

	@RequiresPermission(Permission.WRITE_LETTERS)
	@PostMapping("/letters/{id}/content")
	String edit(@PathVariable UUID id, HandEdit edit, Locale locale, Model model, HttpServletResponse response) {
		Caller caller = callers.current();
		LetterView letter = letters.letter(caller, id);
		if (letter.version() == null) {
			throw KatibException.notFound("The letter's current version");
		}
		if (!edit.complete()) {
			response.setStatus(422);
			return show(caller, letter, edit, "letters.error.edit", null, locale, model);
		}
		try {
			LetterView edited = letters.edit(caller, id, edit.basedOn(), edit.applyTo(letter.version().letter()));
			int number = edited.version() == null ? edit.basedOn() + 1 : edited.version().number();
			return "redirect:/letters/" + id + "?saved=" + number;
		}
		catch (KatibException ex) {
			int status = ex.type().status().value();
			if (status == 401 || status == 403 || status == 404) {
				throw ex;
			}
			response.setStatus(status);
			// what the writer typed stays in the form, now based on the version that is current
			LetterView current = letters.letter(caller, id);
			int currentNumber = current.version() == null ? edit.basedOn() : current.version().number();
			String message = switch (ex.type().slug()) {
				case "conflict" -> "letters.error.conflict";
				case "letter-not-editable" -> "letters.error.letter-not-editable";
				default -> "letters.error.edit";
			};
			return show(caller, current, edit.basedOn(currentNumber), message, currentNumber, locale, model);
		}
	}

	private String show(Caller caller, LetterView letter, @Nullable HandEdit edit, @Nullable String editError,
			@Nullable Integer editErrorArg, Locale locale, Model model) {
		List<VersionView> versions = letters.versions(caller, letter.id());
		model.addAttribute("letter", letter);
		model.addAttribute("page", shown.of(caller, letter, versions, locale));
		model.addAttribute("edit", edit);
		model.addAttribute("editError", editError);
		model.addAttribute("editErrorArg", editErrorArg);
		model.addAttribute("attachments", attachments.of(caller, letter.id()));
		return "letters/letter";
	}

	private static @Nullable HandEdit editOf(LetterView letter) {
		return letter.version() == null ? null : HandEdit.of(letter.version().number(), letter.version().letter());
	}
}
