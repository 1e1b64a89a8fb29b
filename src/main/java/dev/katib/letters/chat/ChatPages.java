package dev.katib.letters.chat;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import dev.katib.accounts.Callers;
import dev.katib.accounts.Permission;
import dev.katib.accounts.RequiresPermission;
import dev.katib.accounts.Caller;
import dev.katib.platform.KatibException;
import dev.katib.platform.Pages;

/**
 * The chat panel of the letter page: its conversation (as an htmx fragment, or a page of its own without
 * JavaScript), the instruction form that streams the answer, and the suggestion buttons.
 */
@Pages
@RequiresPermission(Permission.READ_LETTERS)
@RequestMapping("/letters/{id}/chat")
class ChatPages {

	private final LetterChat chat;
	private final ChatStreams streams;
	private final Callers callers;

	ChatPages(LetterChat chat, ChatStreams streams, Callers callers) {
		this.chat = chat;
		this.streams = streams;
		this.callers = callers;
	}

	/** What the conversation fragment shows. */
	record ChatPanel(UUID letterId, boolean allowed, boolean open, int basedOn, List<ChatMessage> messages,
			List<Suggestion> suggestions) {
	}

	@GetMapping
	String conversation(@PathVariable UUID id, @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
			Model model) {
		Caller caller = callers.current();
		model.addAttribute("chat", panel(caller, id));
		return htmx != null ? "letters/chat :: conversation" : "letters/chat-page";
	}

	@RequiresPermission(Permission.WRITE_LETTERS)
	@PostMapping(produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	SseEmitter instructStreamed(@PathVariable UUID id, @RequestParam String instruction,
			@RequestParam(required = false) @Nullable Integer basedOn) {
		return streams.instruct(callers.current(), id, instruction, basedOn);
	}

	/** Without JavaScript: carry out the instruction and show the conversation, which records what happened. */
	@RequiresPermission(Permission.WRITE_LETTERS)
	@PostMapping
	String instruct(@PathVariable UUID id, @RequestParam String instruction,
			@RequestParam(required = false) @Nullable Integer basedOn) {
		Caller caller = callers.current();
		try {
			chat.instruct(caller, id, instruction, basedOn, chunk -> {
			});
		}
		catch (KatibException ex) {
			// the chat holds the answer that says why nothing changed
			if (!chat.mayUse(caller, id)) {
				throw ex;
			}
		}
		return "redirect:/letters/" + id + "/chat";
	}

	@RequiresPermission(Permission.WRITE_LETTERS)
	@PostMapping("/suggestions/{suggestion}/{decision:accept|dismiss}")
	String decide(@PathVariable UUID id, @PathVariable UUID suggestion, @PathVariable String decision,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		Caller caller = callers.current();
		if (decision.equals("accept")) {
			chat.accept(caller, id, suggestion);
		}
		else {
			chat.dismiss(caller, id, suggestion);
		}
		if (htmx == null) {
			return "redirect:/letters/" + id + "/chat";
		}
		model.addAttribute("chat", panel(caller, id));
		model.addAttribute("decided", decision);
		return "letters/chat :: conversation";
	}

	private ChatPanel panel(Caller caller, UUID id) {
		if (!chat.mayUse(caller, id)) {
			return new ChatPanel(id, false, false, 0, List.of(), List.of());
		}
		return new ChatPanel(id, true, chat.acceptsInstructions(caller, id), chat.currentVersion(caller, id),
				chat.conversation(caller, id),
				chat.openSuggestions(caller).stream().filter(s -> s.letterId().equals(id)).toList());
	}
}
