package dev.katib.knowledge.web;

import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.net.URI;
import java.util.List;
import java.util.UUID;

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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dev.katib.accounts.AccessPolicy;
import dev.katib.accounts.Caller;
import dev.katib.accounts.Permission;
import dev.katib.knowledge.WriterPreferences;
import dev.katib.knowledge.web.KnowledgeJson.PreferenceRequest;
import dev.katib.knowledge.web.KnowledgeJson.PreferenceView;

/** The calling writer's own preferences; nobody else's are ever listed, changed or removed here. */
@RestController
@RequestMapping("/api/v1/me/preferences")
class PreferencesApi {

	private final WriterPreferences preferences;
	private final AccessPolicy access;

	PreferencesApi(WriterPreferences preferences, AccessPolicy access) {
		this.preferences = preferences;
		this.access = access;
	}

	@Operation(summary = "List the caller's writing preferences")
	@GetMapping
	List<PreferenceView> list() {
		Caller caller = writer();
		return preferences.list(caller.tenantId(), caller.userId()).stream().map(PreferenceView::of).toList();
	}

	@Operation(summary = "Add a writing preference")
	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping
	ResponseEntity<PreferenceView> add(@RequestBody PreferenceRequest request) {
		Caller caller = writer();
		PreferenceView added = PreferenceView.of(preferences.add(caller.tenantId(), caller.userId(), request.text()));
		return ResponseEntity.created(URI.create("/api/v1/me/preferences/" + added.id())).body(added);
	}

	@Operation(summary = "Change a writing preference")
	@PutMapping("/{id}")
	PreferenceView update(@PathVariable UUID id, @RequestBody PreferenceRequest request) {
		Caller caller = writer();
		return PreferenceView.of(preferences.update(caller.tenantId(), caller.userId(), id, request.text()));
	}

	@Operation(summary = "Remove a writing preference")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@DeleteMapping("/{id}")
	ResponseEntity<Void> remove(@PathVariable UUID id) {
		Caller caller = writer();
		preferences.remove(caller.tenantId(), caller.userId(), id);
		return ResponseEntity.noContent().build();
	}

	private Caller writer() {
		return access.require(Permission.WRITE_LETTERS);
	}
}
