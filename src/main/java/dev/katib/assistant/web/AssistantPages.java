package dev.katib.assistant.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.katib.accounts.Caller;
import dev.katib.accounts.Callers;
import dev.katib.accounts.Permission;
import dev.katib.accounts.RequiresPermission;
import dev.katib.ai.ChatMessage;
import dev.katib.ai.ModelGateway;
import dev.katib.assistant.internal.Conversation;
import dev.katib.assistant.internal.Conversations;
import dev.katib.assistant.internal.TurnOutcome;
import dev.katib.platform.KatibException;
import dev.katib.platform.Pages;

/**
 * The chat page of the assistant: the member's conversations, one conversation's questions and answers with a card
 * for each tool call, a question box, the confirmation of calls that wait, renaming, and deleting after a
 * confirmation page. Questions are posted as forms and the answer is shown once the turn ends.
 */
@Pages
@RequestMapping("/assistant")
@RequiresPermission(Permission.READ_LETTERS)
class AssistantPages {

	private static final String HOME = "redirect:/assistant";

	private final Conversations conversations;
	/** Each tool's Arabic label, shown on the cards of an Arabic page. */
	private final java.util.Map<String, String> toolLabels;
	private final Callers callers;
	private final ModelGateway gateway;
	private final MessageSource messages;

	AssistantPages(Conversations conversations, Callers callers, ModelGateway gateway, MessageSource messages,
			dev.katib.assistant.internal.ToolCatalogue catalogue) {
		this.toolLabels = catalogue.tools().stream()
			.collect(java.util.stream.Collectors.toUnmodifiableMap(tool -> tool.name(), tool -> tool.arabicLabel()));
		this.conversations = conversations;
		this.callers = callers;
		this.gateway = gateway;
		this.messages = messages;
	}

	@GetMapping
	String list(Model model) {
		return page(model, null);
	}

	@GetMapping("/{id}")
	String show(@PathVariable UUID id, Model model) {
		return page(model, id);
	}

	@PostMapping
	String start(@RequestParam(defaultValue = "") String title, RedirectAttributes redirect, Locale locale) {
		try {
			return HOME + "/" + conversations.start(callers.current(), title).id();
		}
		catch (KatibException refused) {
			redirect.addFlashAttribute("error", text("assistant.title.invalid", locale));
			return HOME;
		}
	}

	@PostMapping("/{id}/questions")
	String ask(@PathVariable UUID id, @RequestParam(defaultValue = "") String question, RedirectAttributes redirect,
			Locale locale) {
		return turn(id, redirect, locale, () -> conversations.ask(callers.current(), id, question, text -> {
		}));
	}

	@PostMapping("/{id}/confirmation")
	String confirm(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean confirmed,
			RedirectAttributes redirect, Locale locale) {
		return turn(id, redirect, locale, () -> conversations.confirm(callers.current(), id, confirmed, text -> {
		}));
	}

	@PostMapping("/{id}/title")
	String rename(@PathVariable UUID id, @RequestParam(defaultValue = "") String title, RedirectAttributes redirect,
			Locale locale) {
		try {
			conversations.rename(callers.current(), id, title);
			redirect.addFlashAttribute("notice", text("assistant.renamed", locale));
		}
		catch (KatibException refused) {
			if (refused.type().status().value() == 404) {
				throw refused;
			}
			redirect.addFlashAttribute("error", text("assistant.title.invalid", locale));
		}
		return HOME + "/" + id;
	}

	@GetMapping("/{id}/delete")
	String confirmDelete(@PathVariable UUID id, Model model) {
		model.addAttribute("conversation", find(callers.current(), id));
		return "assistant/delete";
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable UUID id, RedirectAttributes redirect, Locale locale) {
		conversations.delete(callers.current(), id);
		redirect.addFlashAttribute("notice", text("assistant.deleted", locale));
		return HOME;
	}

	private String page(Model model, @Nullable UUID id) {
		Caller caller = callers.current();
		List<Conversation> all = conversations.list(caller);
		model.addAttribute("conversations", all);
		model.addAttribute("offline", gateway.offline());
		model.addAttribute("toolLabels", toolLabels);
		if (id != null) {
			List<ChatMessage> kept = conversations.messages(caller, id);
			model.addAttribute("conversation", find(caller, id));
			model.addAttribute("entries", ChatEntry.of(kept));
			model.addAttribute("waiting", ChatEntry.waiting(kept));
			model.addAttribute("unanswered", ChatEntry.unanswered(kept));
		}
		return "assistant/assistant";
	}

	private String turn(UUID id, RedirectAttributes redirect, Locale locale,
			java.util.function.Supplier<TurnOutcome> turn) {
		try {
			if (turn.get() instanceof TurnOutcome.Stopped stopped) {
				redirect.addFlashAttribute("error", text("assistant.stopped." + stopped.reason().name(), locale));
			}
		}
		catch (KatibException refused) {
			if (refused.type().status().value() == 404) {
				throw refused;
			}
			redirect.addFlashAttribute("error", refused.type().status().value() == 409
					? text("assistant.conflict", locale) : text("assistant.question.invalid", locale));
		}
		return HOME + "/" + id;
	}

	private Conversation find(Caller caller, UUID id) {
		return conversations.list(caller).stream().filter(conversation -> conversation.id().equals(id)).findFirst()
			.orElseThrow(() -> KatibException.notFound("The conversation"));
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}
}
