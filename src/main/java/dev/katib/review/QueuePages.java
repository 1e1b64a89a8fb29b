package dev.katib.review;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.katib.accounts.RequiresPermission;
import dev.katib.accounts.Permission;
import dev.katib.accounts.Caller;
import dev.katib.accounts.Callers;
import dev.katib.knowledge.WritingKnowledge;
import dev.katib.platform.Pages;

/** The review and signature queues in the browser. */
@RequiresPermission(Permission.READ_LETTERS)
@Pages
class QueuePages {

	private final Queues queues;
	private final WritingKnowledge knowledge;
	private final Callers callers;

	QueuePages(Queues queues, WritingKnowledge knowledge, Callers callers) {
		this.queues = queues;
		this.knowledge = knowledge;
		this.callers = callers;
	}

	@RequiresPermission(Permission.REVIEW_LETTERS)
	@GetMapping("/queues/review")
	String reviewQueue(@RequestParam(required = false) @Nullable UUID batch, Model model, Locale locale) {
		Caller caller = callers.current();
		return queue(model, "review", caller, queues.review(caller, batch), batch, locale);
	}

	@RequiresPermission(Permission.SIGN_LETTERS)
	@GetMapping("/queues/signature")
	String signatureQueue(@RequestParam(required = false) @Nullable UUID batch, Model model, Locale locale) {
		Caller caller = callers.current();
		return queue(model, "signature", caller, queues.signature(caller, batch), batch, locale);
	}

	/**
	 * A queue's page, of one batch run's letters when one is chosen; its categories by their names in the reader's
	 * language, as the letter page shows them. Letters are chosen there for a bulk action.
	 */
	private String queue(Model model, String queue, Caller caller, List<Queues.QueuedLetter> letters,
			@Nullable UUID batch, Locale locale) {
		Map<String, String> categories = new HashMap<>();
		for (Queues.QueuedLetter letter : letters) {
			categories.computeIfAbsent(letter.category(), key -> knowledge.category(caller.tenantId(), key)
				.map(category -> "ar".equals(locale.getLanguage()) ? category.arabicName() : category.englishName())
				.orElse(key));
		}
		model.addAttribute("queue", queue);
		model.addAttribute("letters", letters);
		model.addAttribute("categories", categories);
		model.addAttribute("batches", queues.batches(caller));
		model.addAttribute("batch", batch);
		return "review/queue";
	}
}
