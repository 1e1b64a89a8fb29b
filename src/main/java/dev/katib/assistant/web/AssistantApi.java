package dev.katib.assistant.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dev.katib.accounts.Caller;
import dev.katib.accounts.Callers;
import dev.katib.assistant.internal.Conversation;
import dev.katib.assistant.internal.Conversations;

/**
 * The caller's conversations with the assistant: started, listed, renamed and deleted by their owner, a question
 * asked in one, and tool calls that wait for a confirmation confirmed or declined. Nobody else sees them.
 */
@RestController
@RequestMapping("/api/v1/assistant/conversations")
@Tag(name = "Assistant")
class AssistantApi {

	private final Conversations conversations;
	private final Callers callers;

	AssistantApi(Conversations conversations, Callers callers) {
		this.conversations = conversations;
		this.callers = callers;
	}

	record TitleRequest(@NotBlank @Size(max = 200) String title) {
	}

	record QuestionRequest(@NotBlank @Size(max = 4000) String question) {
	}

	record ConfirmationRequest(@NotNull Boolean confirmed) {
	}

	@Operation(summary = "Start a conversation with the assistant")
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	Conversation start(@Valid @RequestBody TitleRequest request) {
		return conversations.start(callers.current(), request.title());
	}

	@Operation(summary = "List the caller's conversations, newest first")
	@GetMapping
	List<Conversation> list() {
		return conversations.list(callers.current());
	}

	@Operation(summary = "Rename a conversation")
	@PatchMapping("/{id}")
	Conversation rename(@PathVariable UUID id, @Valid @RequestBody TitleRequest request) {
		return conversations.rename(callers.current(), id, request.title());
	}

	@Operation(summary = "Delete a conversation and its messages")
	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable UUID id) {
		conversations.delete(callers.current(), id);
	}

	@Operation(summary = "The messages of a conversation: questions, answers with their tool calls, tool results")
	@GetMapping("/{id}/messages")
	List<MessageView> messages(@PathVariable UUID id) {
		Caller caller = callers.current();
		List<dev.katib.ai.ChatMessage> kept = conversations.messages(caller, id);
		java.util.Set<Integer> stopped = conversations.stopped(caller, id);
		return java.util.stream.IntStream.range(0, kept.size())
			.mapToObj(i -> MessageView.of(kept.get(i), stopped.contains(i))).toList();
	}

	@Operation(summary = "Ask a question; the answer, or the tool calls that wait for a confirmation")
	@PostMapping("/{id}/questions")
	TurnView ask(@PathVariable UUID id, @Valid @RequestBody QuestionRequest request) {
		return TurnView.of(conversations.ask(callers.current(), id, request.question(), text -> {
		}));
	}

	@Operation(summary = "Stop the turn running in a conversation; it ends keeping what the model said so far")
	@PostMapping("/{id}/stop")
	@ResponseStatus(HttpStatus.ACCEPTED)
	void stop(@PathVariable UUID id) {
		conversations.stop(callers.current(), id);
	}

	@Operation(summary = "Confirm or decline the tool calls that wait for a confirmation, and go on")
	@PostMapping("/{id}/confirmation")
	TurnView confirm(@PathVariable UUID id, @Valid @RequestBody ConfirmationRequest request) {
		return TurnView.of(conversations.confirm(callers.current(), id, request.confirmed(), text -> {
		}));
	}
}
