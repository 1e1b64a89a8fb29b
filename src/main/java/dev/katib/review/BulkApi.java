package dev.katib.review;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import io.swagger.v3.oas.annotations.Operation;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.katib.accounts.Callers;
import dev.katib.accounts.Permission;
import dev.katib.accounts.RequiresPermission;

/**
 * The queues over HTTP, in bulk: a queue filtered by batch run, and approving or signing many of its letters at
 * once, each through the same transition as one letter's, with its own outcome in the answer.
 */
@RequiresPermission(Permission.READ_LETTERS)
@RestController
@RequestMapping("/api/v1/queue")
class BulkApi {

	/** The letters to act on, once each; a comment kept with every transition; the password when signing asks. */
	record BulkRequest(@Nullable @Size(max = BulkTransitions.MAX_LETTERS) List<UUID> letterIds,
			@Nullable @Size(max = Transitions.MAX_COMMENT) String comment, @Nullable @Size(max = 200) String password) {
	}

	private final BulkTransitions bulk;
	private final Queues queues;
	private final Callers callers;

	BulkApi(BulkTransitions bulk, Queues queues, Callers callers) {
		this.bulk = bulk;
		this.queues = queues;
		this.callers = callers;
	}

	@Operation(summary = "List the letters waiting for review, optionally of one batch run only")
	@RequiresPermission(Permission.REVIEW_LETTERS)
	@GetMapping("/review")
	List<Queues.QueuedLetter> review(@RequestParam(required = false) @Nullable UUID batch) {
		return queues.review(callers.current(), batch);
	}

	@Operation(summary = "List the letters waiting for a signature, optionally of one batch run only")
	@RequiresPermission(Permission.SIGN_LETTERS)
	@GetMapping("/signature")
	List<Queues.QueuedLetter> signature(@RequestParam(required = false) @Nullable UUID batch) {
		return queues.signature(callers.current(), batch);
	}

	@Operation(summary = "Approve many letters at once",
			description = "Each letter is approved as POST /api/v1/letters/{id}/approve would approve it (same rules, "
					+ "same audit), in a transaction of its own. The answer lists each letter as DONE (with its status "
					+ "and number) or REFUSED (with its problem detail); one refused letter does not stop the others.")
	@PostMapping("/review/approve")
	BulkOutcome approve(@Valid @RequestBody BulkRequest body) {
		return bulk.approve(callers.current(), body.letterIds(), body.comment());
	}

	@Operation(summary = "Sign many approved letters at once",
			description = "The password (when the organisation asks for it to sign) is confirmed once; then each "
					+ "letter is signed as POST /api/v1/letters/{id}/sign would sign it. The answer lists each letter "
					+ "as DONE or REFUSED with its problem detail.")
	@RequiresPermission(Permission.SIGN_LETTERS)
	@PostMapping("/signature/sign")
	BulkOutcome sign(@Valid @RequestBody BulkRequest body) {
		return bulk.sign(callers.current(), body.letterIds(), body.comment(), body.password());
	}
}
