package dev.katib.review;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import io.swagger.v3.oas.annotations.Operation;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.katib.accounts.RequiresPermission;
import dev.katib.accounts.Permission;
import dev.katib.accounts.Callers;
import dev.katib.accounts.Caller;
import dev.katib.letters.LetterTransition;

/**
 * The workflow of letters over HTTP: transitions, each answering the letter's status, number and official
 * date; and the review and signature queues.
 */
@RequiresPermission(Permission.READ_LETTERS)
@RestController
@RequestMapping("/api/v1/letters")
class WorkflowApi {

	/** What a transition may carry: a comment (required to return), the password (when signing asks for it). */
	record TransitionRequest(@Nullable @Size(max = Transitions.MAX_COMMENT) String comment,
			@Nullable @Size(max = 200) String password) {
	}

	private final Transitions transitions;
	private final Queues queues;
	private final Callers callers;

	WorkflowApi(Transitions transitions, Queues queues, Callers callers) {
		this.transitions = transitions;
		this.queues = queues;
		this.callers = callers;
	}

	@Operation(summary = "Submit a letter for review")
	@RequiresPermission(Permission.WRITE_LETTERS)
	@PostMapping("/{id}/submit")
	TransitionOutcome submit(@PathVariable UUID id, @RequestBody(required = false) @Valid @Nullable TransitionRequest body) {
		return perform(id, LetterTransition.SUBMIT, body);
	}

	@Operation(summary = "Approve a letter")
	@PostMapping("/{id}/approve")
	TransitionOutcome approve(@PathVariable UUID id, @RequestBody(required = false) @Valid @Nullable TransitionRequest body) {
		return perform(id, LetterTransition.APPROVE, body);
	}

	@Operation(summary = "Return a letter to its writer")
	@RequiresPermission(Permission.REVIEW_LETTERS)
	@PostMapping("/{id}/return")
	TransitionOutcome giveBack(@PathVariable UUID id, @RequestBody(required = false) @Valid @Nullable TransitionRequest body) {
		return perform(id, LetterTransition.RETURN, body);
	}

	@Operation(summary = "Sign an approved letter")
	@RequiresPermission(Permission.SIGN_LETTERS)
	@PostMapping("/{id}/sign")
	TransitionOutcome sign(@PathVariable UUID id, @RequestBody(required = false) @Valid @Nullable TransitionRequest body) {
		return perform(id, LetterTransition.SIGN, body);
	}

	@Operation(summary = "Mark a signed letter sent")
	@RequiresPermission(Permission.WRITE_LETTERS)
	@PostMapping("/{id}/send")
	TransitionOutcome send(@PathVariable UUID id, @RequestBody(required = false) @Valid @Nullable TransitionRequest body) {
		return perform(id, LetterTransition.SEND, body);
	}

	@Operation(summary = "Cancel a letter")
	@RequiresPermission(Permission.WRITE_LETTERS)
	@PostMapping("/{id}/cancel")
	TransitionOutcome cancel(@PathVariable UUID id, @RequestBody(required = false) @Valid @Nullable TransitionRequest body) {
		return perform(id, LetterTransition.CANCEL, body);
	}

	@Operation(summary = "Archive a letter")
	@RequiresPermission(Permission.WRITE_LETTERS)
	@PostMapping("/{id}/archive")
	TransitionOutcome archive(@PathVariable UUID id, @RequestBody(required = false) @Valid @Nullable TransitionRequest body) {
		return perform(id, LetterTransition.ARCHIVE, body);
	}

	@Operation(summary = "List the letters waiting for review")
	@RequiresPermission(Permission.REVIEW_LETTERS)
	@GetMapping("/queue/review")
	List<Queues.QueuedLetter> reviewQueue() {
		return queues.review(callers.current());
	}

	@Operation(summary = "List the letters waiting for the caller's signature")
	@RequiresPermission(Permission.SIGN_LETTERS)
	@GetMapping("/queue/signature")
	List<Queues.QueuedLetter> signatureQueue() {
		return queues.signature(callers.current());
	}

	private TransitionOutcome perform(UUID id, LetterTransition action, @Nullable TransitionRequest body) {
		Caller caller = callers.current();
		return transitions.perform(caller, id, action, body == null ? null : body.comment(),
				body == null ? null : body.password());
	}
}
