package dev.katib.knowledge.web;

import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import io.swagger.v3.oas.annotations.Operation;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dev.katib.knowledge.KnowledgeAdministration;
import dev.katib.knowledge.RecipientPage;
import dev.katib.knowledge.web.KnowledgeJson.RecipientRequest;
import dev.katib.knowledge.web.KnowledgeJson.RecipientView;

/**
 * The recipients directory over the API: everyone who reads letters lists and searches it, writers and
 * administrators add to it, administrators change and remove entries.
 */
@RestController
@RequestMapping("/api/v1/knowledge/recipients")
class RecipientsApi {

	private final KnowledgeAdministration knowledge;

	RecipientsApi(KnowledgeAdministration knowledge) {
		this.knowledge = knowledge;
	}

	record Page(List<RecipientView> items, long total, int page, int size) {
	}

	@Operation(summary = "List and search the recipients directory")
	@GetMapping
	Page list(@RequestParam(required = false) @Nullable String q, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		RecipientPage found = knowledge.recipients(q, page, size);
		return new Page(found.items().stream().map(RecipientView::of).toList(), found.total(), found.page(),
				found.size());
	}

	@Operation(summary = "Add a recipient to the directory")
	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping
	ResponseEntity<RecipientView> add(@RequestBody RecipientRequest request) {
		RecipientView added = RecipientView.of(knowledge.addRecipient(request.recipient(), request.email(),
				request.phone()));
		return ResponseEntity.created(URI.create("/api/v1/knowledge/recipients/" + added.id())).body(added);
	}

	@Operation(summary = "Show a recipient of the directory")
	@GetMapping("/{id}")
	RecipientView recipient(@PathVariable UUID id) {
		return RecipientView.of(knowledge.recipient(id));
	}

	@Operation(summary = "Change a recipient of the directory")
	@PutMapping("/{id}")
	RecipientView update(@PathVariable UUID id, @RequestBody RecipientRequest request) {
		return RecipientView.of(knowledge.updateRecipient(id, request.recipient(), request.email(), request.phone(),
				request.version()));
	}

	@Operation(summary = "Remove a recipient from the directory")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@DeleteMapping("/{id}")
	ResponseEntity<Void> remove(@PathVariable UUID id) {
		knowledge.removeRecipient(id);
		return ResponseEntity.noContent().build();
	}
}
