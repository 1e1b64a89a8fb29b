package dev.katib.letters.chat;

import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import io.swagger.v3.oas.annotations.Operation;

import org.springframework.http.MediaType;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import dev.katib.accounts.Callers;
import dev.katib.accounts.Permission;
import dev.katib.accounts.RequiresPermission;
import dev.katib.accounts.Caller;

/** The chat on a letter over HTTP: list it, give an instruction (waiting, or streamed), decide on suggestions. */
@RestController
@RequiresPermission(Permission.READ_LETTERS)
@RequestMapping("/api/v1/letters/{id}/chat")
class ChatApi {

	private final LetterChat chat;
	private final ChatStreams streams;
	private final Callers callers;

	ChatApi(LetterChat chat, ChatStreams streams, Callers callers) {
		this.chat = chat;
		this.streams = streams;
		this.callers = callers;
	}

	/** One instruction, and the version it applies to (the current one when left out). */
	record InstructionRequest(@NotBlank @Size(max = 1_000) String instruction, @Nullable @Min(1) Integer basedOn) {
	}

	record Conversation(UUID letterId, List<ChatMessage> messages, List<Suggestion> suggestions) {
	}

	@Operation(summary = "Show the chat on a letter and its open suggestions")
	@GetMapping
	Conversation conversation(@PathVariable UUID id) {
		Caller caller = callers.current();
		List<ChatMessage> messages = chat.conversation(caller, id);
		return new Conversation(id, messages,
				chat.openSuggestions(caller).stream().filter(s -> s.letterId().equals(id)).toList());
	}

	@Operation(summary = "Give the chat an instruction; the new version comes as server-sent events (Accept: text/event-stream) or as JSON")
	@RequiresPermission(Permission.WRITE_LETTERS)
	@PostMapping(produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	SseEmitter instructStreamed(@PathVariable UUID id, @Valid @RequestBody InstructionRequest request) {
		Caller caller = callers.current();
		return streams.instruct(caller, id, request.instruction(), request.basedOn());
	}

	@ResponseStatus(HttpStatus.CREATED)
	@RequiresPermission(Permission.WRITE_LETTERS)
	@PostMapping(produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<ChatReply> instruct(@PathVariable UUID id, @Valid @RequestBody InstructionRequest request) {
		Caller caller = callers.current();
		ChatReply reply = chat.instruct(caller, id, request.instruction(), request.basedOn(), chunk -> {
		});
		return ResponseEntity.created(URI.create("/api/v1/letters/" + id + "/versions/" + reply.version().number()))
			.body(reply);
	}

	@Operation(summary = "Accept a suggestion of the chat")
	@RequiresPermission(Permission.WRITE_LETTERS)
	@PostMapping("/suggestions/{suggestion}/accept")
	Suggestion accept(@PathVariable UUID id, @PathVariable UUID suggestion) {
		return chat.accept(callers.current(), id, suggestion);
	}

	@Operation(summary = "Dismiss a suggestion of the chat")
	@RequiresPermission(Permission.WRITE_LETTERS)
	@PostMapping("/suggestions/{suggestion}/dismiss")
	Suggestion dismiss(@PathVariable UUID id, @PathVariable UUID suggestion) {
		return chat.dismiss(callers.current(), id, suggestion);
	}
}
