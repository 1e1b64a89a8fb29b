package dev.katib.assistant.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

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
 * confirmation page. With JavaScript the page streams each turn (its text and tool cards as they come) and can stop
 * it; without, questions are posted as forms and the answer is shown once the turn ends.
 */
@Pages
@RequestMapping("/assistant")
@RequiresPermission(Permission.READ_LETTERS)
class AssistantPages {

	private static final String HOME = "redirect:/assistant";

	private final Conversations conversations;
	/** Each tool's Arabic label, shown on the cards of an Arabic page. */
	private final java.util.Map<String, String> toolLabels;
	/** The same, for the script that draws the cards of a streamed turn. */
	private final String toolLabelsJson;
	private final Callers callers;
	private final ModelGateway gateway;
	private final MessageSource messages;

	AssistantPages(Conversations conversations, Callers callers, ModelGateway gateway, MessageSource messages,
			dev.katib.assistant.internal.ToolCatalogue catalogue, JsonMapper json) {
		this.toolLabels = catalogue.tools().stream()
			.collect(java.util.stream.Collectors.toUnmodifiableMap(tool -> tool.name(), tool -> tool.arabicLabel()));
		this.toolLabelsJson = json.writeValueAsString(toolLabels);
		this.conversations = conversations;
		this.callers = callers;
		this.gateway = gateway;
		this.messages = messages;
	}

	@GetMapping
	String list(Model model) {
		return page(model, null);
	}

	/** A conversation; {@code stopped} names why the turn the page streamed ended without an answer. */
	@GetMapping("/{id}")
	String show(@PathVariable UUID id, @RequestParam(required = false) @Nullable String stopped, Model model,
			Locale locale) {
		if (stopped != null && java.util.Arrays.stream(TurnOutcome.Reason.values())
			.anyMatch(reason -> reason.name().equals(stopped))) {
			model.addAttribute("error", text("assistant.stopped." + stopped, locale));
		}
		return page(model, id);
	}

	/** With JavaScript: the turn streamed as the API streams it (text, tool cards, confirmations, end). */
	@PostMapping(path = "/{id}/questions", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	SseEmitter askStreamed(@PathVariable UUID id, @RequestParam(defaultValue = "") String question) {
		Caller caller = callers.current();
		return TurnStream.start(id, events -> conversations.ask(caller, id, question, events));
	}

	@PostMapping(path = "/{id}/confirmation", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	SseEmitter confirmStreamed(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean confirmed) {
		Caller caller = callers.current();
		return TurnStream.start(id, events -> conversations.confirm(caller, id, confirmed, events));
	}

	/** Stops the turn running in the conversation (the page's Stop button); it keeps what the model said so far. */
	@PostMapping("/{id}/stop")
	String stop(@PathVariable UUID id, RedirectAttributes redirect, Locale locale) {
		try {
			conversations.stop(callers.current(), id);
		}
		catch (KatibException refused) {
			if (refused.type().status().value() == 404) {
				throw refused;
			}
			redirect.addFlashAttribute("error", text("assistant.stop.none", locale));
		}
		return HOME + "/" + id;
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
		model.addAttribute("toolLabelsJson", toolLabelsJson);
		if (id != null) {
			List<ChatMessage> kept = conversations.messages(caller, id);
			java.util.Set<Integer> stopped = conversations.stopped(caller, id);
			model.addAttribute("conversation", find(caller, id));
			model.addAttribute("entries", ChatEntry.of(kept, stopped));
			model.addAttribute("waiting", ChatEntry.waiting(kept));
			model.addAttribute("unanswered", ChatEntry.unanswered(kept, stopped));
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
