package dev.katib.review;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.katib.accounts.AccessPolicy;
import dev.katib.accounts.Caller;
import dev.katib.accounts.Permission;
import dev.katib.letters.LetterTransition;
import dev.katib.knowledge.WritingKnowledge;
import dev.katib.platform.KatibException;

/**
 * The workflow in the browser: the letter page's buttons and comments post here; the review and signature
 * queues, the notifications, the signer's images and the organisation's letter settings are pages of their own.
 */
@Controller
class WorkflowPages {

	private final Transitions transitions;
	private final LetterComments comments;
	private final Queues queues;
	private final Notifications notifications;
	private final SignerImages images;
	private final SettingsStore settings;
	private final SettingsApi settingsApi;
	private final AccessPolicy access;
	private final MessageSource messages;
	private final WritingKnowledge knowledge;

	WorkflowPages(Transitions transitions, LetterComments comments, Queues queues, Notifications notifications,
			SignerImages images, SettingsStore settings, SettingsApi settingsApi, AccessPolicy access,
			MessageSource messages, WritingKnowledge knowledge) {
		this.transitions = transitions;
		this.comments = comments;
		this.queues = queues;
		this.notifications = notifications;
		this.images = images;
		this.settings = settings;
		this.settingsApi = settingsApi;
		this.access = access;
		this.messages = messages;
		this.knowledge = knowledge;
	}

	@PostMapping("/letters/{id}/workflow/{action:submit|approve|return|sign|send|cancel|archive}")
	String transition(@PathVariable UUID id, @PathVariable String action,
			@RequestParam(required = false) @Nullable String comment,
			@RequestParam(required = false) @Nullable String password, RedirectAttributes flash, Locale locale) {
		Caller caller = access.require(Permission.READ_LETTERS);
		LetterTransition chosen = LetterTransition.valueOf(action.toUpperCase(Locale.ROOT));
		try {
			transitions.perform(caller, id, chosen, comment, password);
			flash.addFlashAttribute("workflowNotice", messages.getMessage("workflow.done." + chosen.name(), null, locale));
		}
		catch (KatibException refused) {
			if (refused.type().status().value() == 404) {
				throw refused;
			}
			flash.addFlashAttribute("workflowError", refused.getMessage());
		}
		return "redirect:/letters/" + id;
	}

	@PostMapping("/letters/{id}/workflow/comments")
	String comment(@PathVariable UUID id, @RequestParam int version, @RequestParam String text,
			RedirectAttributes flash, Locale locale) {
		Caller caller = access.require(Permission.READ_LETTERS);
		try {
			comments.add(caller, id, version, text);
			flash.addFlashAttribute("workflowNotice", messages.getMessage("workflow.comment-added", null, locale));
		}
		catch (KatibException refused) {
			if (refused.type().status().value() == 404) {
				throw refused;
			}
			flash.addFlashAttribute("workflowError", refused.getMessage());
		}
		return "redirect:/letters/" + id;
	}

	@GetMapping("/queues/review")
	String reviewQueue(Model model, Locale locale) {
		Caller caller = access.require(Permission.READ_LETTERS);
		return queue(model, "review", caller, queues.review(caller), locale);
	}

	@GetMapping("/queues/signature")
	String signatureQueue(Model model, Locale locale) {
		Caller caller = access.require(Permission.READ_LETTERS);
		return queue(model, "signature", caller, queues.signature(caller), locale);
	}

	/** A queue's page; its categories by their names in the reader's language, as the letter page shows them. */
	private String queue(Model model, String queue, Caller caller, List<Queues.QueuedLetter> letters, Locale locale) {
		Map<String, String> categories = new HashMap<>();
		for (Queues.QueuedLetter letter : letters) {
			categories.computeIfAbsent(letter.category(), key -> knowledge.category(caller.tenantId(), key)
				.map(category -> "ar".equals(locale.getLanguage()) ? category.arabicName() : category.englishName())
				.orElse(key));
		}
		model.addAttribute("queue", queue);
		model.addAttribute("letters", letters);
		model.addAttribute("categories", categories);
		return "review/queue";
	}

	@GetMapping("/notifications")
	String notifications(Model model) {
		Caller caller = access.require(Permission.READ_LETTERS);
		model.addAttribute("notifications", notifications.latest(caller.tenantId(), caller.userId(),
				NotificationApi.LIMIT));
		return "review/notifications";
	}

	@PostMapping("/notifications/{id}/read")
	String markRead(@PathVariable UUID id) {
		Caller caller = access.require(Permission.READ_LETTERS);
		notifications.markRead(caller.tenantId(), caller.userId(), id);
		return "redirect:/notifications";
	}

	@PostMapping("/notifications/read")
	String markAllRead() {
		Caller caller = access.require(Permission.READ_LETTERS);
		notifications.markAllRead(caller.tenantId(), caller.userId());
		return "redirect:/notifications";
	}

	@GetMapping("/signature")
	String signature(Model model) {
		var profile = images.profile(access.require(Permission.READ_LETTERS));
		model.addAttribute("hasSignature", profile.signature() != null);
		model.addAttribute("hasStamp", profile.stamp() != null);
		return "review/signature";
	}

	@GetMapping("/signature/{image:signature|stamp}")
	ResponseEntity<byte[]> signatureImage(@PathVariable String image) {
		ProfileImage found = images.profile(access.require(Permission.READ_LETTERS)).image(SignatureApi.kind(image));
		if (found == null) {
			throw KatibException.notFound("The image");
		}
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(found.contentType()))
			.header("X-Content-Type-Options", "nosniff")
			.header("Cache-Control", "private, no-store")
			.body(found.bytes());
	}

	@PostMapping("/signature/{image:signature|stamp}")
	String upload(@PathVariable String image, @RequestParam("file") MultipartFile file, RedirectAttributes flash,
			Locale locale) throws IOException {
		Caller caller = access.require(Permission.READ_LETTERS);
		try {
			images.upload(caller, SignatureApi.kind(image), file.getBytes());
			flash.addFlashAttribute("notice", messages.getMessage("signature.saved", null, locale));
		}
		catch (KatibException refused) {
			if (refused.type().status().value() == 403) {
				throw refused;
			}
			flash.addFlashAttribute("error", refused.getMessage());
		}
		return "redirect:/signature";
	}

	@PostMapping("/signature/{image:signature|stamp}/delete")
	String remove(@PathVariable String image, RedirectAttributes flash, Locale locale) {
		images.remove(access.require(Permission.READ_LETTERS), SignatureApi.kind(image));
		flash.addFlashAttribute("notice", messages.getMessage("signature.removed", null, locale));
		return "redirect:/signature";
	}

	@GetMapping("/admin/letter-settings")
	String letterSettings(Model model) {
		Caller caller = access.require(Permission.MANAGE_ORGANISATION);
		WorkflowSettings current = settings.settings(caller.tenantId());
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
		Caller caller = access.require(Permission.MANAGE_ORGANISATION);
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
		settingsApi.save(caller, new WorkflowSettings(categories, writersApproveOwn, numberingAt,
				new NumberFormat(prefix, numberCalendar, numberWidth), signRequiresPassword));
		flash.addFlashAttribute("notice", messages.getMessage("letter-settings.saved", null, locale));
		return "redirect:/admin/letter-settings";
	}
}
