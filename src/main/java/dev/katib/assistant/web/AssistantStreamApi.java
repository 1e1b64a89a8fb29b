package dev.katib.assistant.web;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import dev.katib.accounts.Caller;
import dev.katib.accounts.Callers;
import dev.katib.assistant.internal.Conversations;

/**
 * A turn of a conversation streamed as server-sent events: {@code text} as the model writes it, {@code tool-started}
 * and {@code tool-finished} for each tool call, {@code tool-waiting} for each call that waits for a confirmation, then
 * {@code end} with the turn as the JSON endpoints answer it, or {@code problem} with a problem detail.
 */
@RestController
@RequestMapping("/api/v1/assistant/conversations")
@Tag(name = "Assistant")
class AssistantStreamApi {

	private final Conversations conversations;
	private final Callers callers;

	AssistantStreamApi(Conversations conversations, Callers callers) {
		this.conversations = conversations;
		this.callers = callers;
	}

	@Operation(summary = "Ask a question and stream the turn as server-sent events")
	@PostMapping(path = "/{id}/questions/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	SseEmitter ask(@PathVariable UUID id, @Valid @RequestBody AssistantApi.QuestionRequest request) {
		Caller caller = callers.current();
		return TurnStream.start(id, events -> conversations.ask(caller, id, request.question(), events));
	}

	@Operation(summary = "Confirm or decline the waiting tool calls and stream the rest of the turn")
	@PostMapping(path = "/{id}/confirmation/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	SseEmitter confirm(@PathVariable UUID id, @Valid @RequestBody AssistantApi.ConfirmationRequest request) {
		Caller caller = callers.current();
		return TurnStream.start(id, events -> conversations.confirm(caller, id, request.confirmed(), events));
	}
}
