package dev.katib.review;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dev.katib.accounts.RequiresPermission;
import dev.katib.accounts.Permission;
import dev.katib.accounts.Callers;

/** Comments on the versions of a letter. */
@RequiresPermission(Permission.READ_LETTERS)
@RestController
@RequestMapping("/api/v1/letters/{id}/comments")
class CommentApi {

	record NewComment(@Min(1) int version, @NotBlank @Size(max = Transitions.MAX_COMMENT) String text) {
	}

	private final LetterComments comments;
	private final Callers callers;

	CommentApi(LetterComments comments, Callers callers) {
		this.comments = comments;
		this.callers = callers;
	}

	@Operation(summary = "Comment on a version of a letter")
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	LetterComments.Comment add(@PathVariable UUID id, @RequestBody @Valid NewComment comment) {
		return comments.add(callers.current(), id, comment.version(), comment.text());
	}

	@Operation(summary = "List a letter's comments")
	@GetMapping
	List<LetterComments.Comment> list(@PathVariable UUID id) {
		return comments.comments(callers.current(), id);
	}
}
