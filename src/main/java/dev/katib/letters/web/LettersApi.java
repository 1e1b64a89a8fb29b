package dev.katib.letters.web;

import io.swagger.v3.oas.annotations.media.Schema;
import dev.katib.letters.content.LetterContentSchema;

import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import tools.jackson.databind.JsonNode;

import dev.katib.accounts.RequiresPermission;
import dev.katib.accounts.Permission;
import dev.katib.accounts.Callers;
import dev.katib.accounts.Caller;
import dev.katib.letters.DraftLetter;
import dev.katib.letters.DraftStreams;
import dev.katib.letters.LetterFilter;
import dev.katib.letters.LetterPage;
import dev.katib.letters.LetterView;
import dev.katib.letters.Letters;
import dev.katib.letters.RecipientInput;
import dev.katib.letters.VersionView;
import dev.katib.platform.Inputs;
import dev.katib.knowledge.Language;
import dev.katib.letters.content.LetterContent;
import dev.katib.letters.content.LetterJson;
import dev.katib.letters.content.StructuredLetter;
import dev.katib.letters.content.Verdict;
import dev.katib.letters.content.Violation;
import dev.katib.platform.KatibException;
import dev.katib.platform.ProblemType;

/** Letters over HTTP: drafting, reading, listing, versions, hand edits and the draft's stream. */
@RestController
@RequestMapping("/api/v1/letters")
@Validated
class LettersApi {

	private final Letters letters;
	private final DraftStreams streams;
	private final Callers callers;

	LettersApi(Letters letters, DraftStreams streams, Callers callers) {
		this.letters = letters;
		this.streams = streams;
		this.callers = callers;
	}

	/** The body of a new letter; see {@link DraftLetter}. */
	record DraftBody(@Nullable String category, @Nullable String language, @Nullable RecipientInput recipient,
			@Nullable UUID recipientId, @Nullable String request, @Nullable UUID replyTo, @Nullable UUID followsUp) {

		DraftLetter letter() {
			if (language == null || language.isBlank()) {
				throw Inputs.invalid("language", "language is required: \"ar\" or \"en\".");
			}
			Language known = Language.fromCode(language)
				.orElseThrow(() -> Inputs.invalid("language", "language must be \"ar\" or \"en\"."));
			if (category == null || category.isBlank()) {
				throw Inputs.invalid("category", "category is required.");
			}
			if (request == null || request.isBlank()) {
				throw Inputs.invalid("request", "request is required.");
			}
			return new DraftLetter(category, known, recipient, recipientId, request, replyTo, followsUp);
		}
	}

	/**
	 * A hand edit: the new content, based on the version the writer edited. The content is read as a tree so
	 * that {@link LetterJson} names the part that is wrong (content.closing.style, ...).
	 */
	record EditBody(@Nullable Integer basedOn,
			@Schema(implementation = LetterContent.class) @Nullable JsonNode content) {
	}

	@Operation(summary = "Open a letter and start drafting it")
	@RequiresPermission(Permission.WRITE_LETTERS)
	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping
	ResponseEntity<LetterView> draft(@RequestBody DraftBody body,
			@RequestHeader(name = "Idempotency-Key", required = false) @Nullable String idempotencyKey) {
		LetterView letter = letters.draft(callers.current(), body.letter(), idempotencyKey);
		return ResponseEntity.created(URI.create("/api/v1/letters/" + letter.id())).body(letter);
	}

	@Operation(summary = "Show a letter with its current version")
	@RequiresPermission(Permission.READ_LETTERS)
	@GetMapping("/{id}")
	LetterView letter(@PathVariable UUID id) {
		return letters.letter(callers.current(), id);
	}

	@Operation(summary = "List and search letters, a page at a time")
	@RequiresPermission(Permission.READ_LETTERS)
	@GetMapping
	LetterPage search(@RequestParam(required = false) @Size(max = 40) String status,
			@RequestParam(required = false) @Size(max = 40) String category,
			@RequestParam(required = false) @Size(max = 200) String recipient,
			@RequestParam(required = false) @Size(max = 200) String q,
			@RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(Letters.MAX_PAGE_SIZE) int size) {
		return letters.search(callers.current(), new LetterFilter(status, category, recipient, q), page, size);
	}

	@Operation(summary = "List a letter's versions")
	@RequiresPermission(Permission.READ_LETTERS)
	@GetMapping("/{id}/versions")
	List<VersionView> versions(@PathVariable UUID id) {
		return letters.versions(callers.current(), id);
	}

	@Operation(summary = "Save a hand edit of a letter as a new version")
	@RequiresPermission(Permission.WRITE_LETTERS)
	@PutMapping("/{id}/content")
	LetterView edit(@PathVariable UUID id, @RequestBody EditBody body) {
		Caller caller = callers.current();
		if (body.basedOn() == null || body.basedOn() < 1) {
			throw Inputs.invalid("basedOn", "basedOn is the number of the version you edited.");
		}
		if (body.content() == null || !body.content().isObject()) {
			throw Inputs.invalid("content", "content is the letter's parts as an object.");
		}
		LetterView letter = letters.letter(caller, id);
		Language language = Language.fromCode(letter.language()).orElseThrow();
		boolean basmala = letter.version() != null && letter.version().letter().basmala();
		StructuredLetter content = switch (LetterJson.readContent(body.content().toString(), language, basmala)) {
			case Verdict.Accepted<StructuredLetter>(StructuredLetter read) -> read;
			case Verdict.Rejected<StructuredLetter>(var violations) -> throw new KatibException(
					ProblemType.VALIDATION_FAILED, "The content is not a letter: " + violations.getFirst().quote(),
					Map.of("field", "content." + violations.getFirst().part(), "violations",
							violations.stream().map(Violation::quote).limit(20).toList()));
		};
		return letters.edit(caller, id, body.basedOn(), content);
	}

	@Operation(summary = "Follow a letter's drafting as server-sent events")
	@RequiresPermission(Permission.READ_LETTERS)
	@GetMapping(path = "/{id}/draft/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	SseEmitter stream(@PathVariable UUID id) {
		return DraftEvents.follow(streams, callers.current(), id);
	}
}
