package dev.katib.letters.versions;

import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
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
import dev.katib.accounts.Caller;
import dev.katib.letters.LetterVersion;
import dev.katib.letters.VersionView;

/** Comparing and restoring versions of a letter over HTTP. */
@RequiresPermission(Permission.READ_LETTERS)
@RestController
@RequestMapping("/api/v1/letters/{id}/versions")
@Validated
class VersionsApi {

	private final LetterVersions versions;
	private final Callers callers;

	VersionsApi(LetterVersions versions, Callers callers) {
		this.versions = versions;
		this.callers = callers;
	}

	/** The differences from one version to another, part by part. */
	record DiffView(UUID letterId, int from, int to, List<FieldDiff> fields) {
	}

	/** The version the caller was looking at when they asked to restore an older one. */
	record RestoreRequest(@NotNull @Min(1) Integer basedOn) {
	}

	@Operation(summary = "Compare two versions word by word")
	@GetMapping("/{from}/diff/{to}")
	DiffView diff(@PathVariable UUID id, @PathVariable @Min(1) int from, @PathVariable @Min(1) int to) {
		Caller caller = callers.current();
		return new DiffView(id, from, to, versions.diff(caller, id, from, to));
	}

	@Operation(summary = "Restore an earlier version as the new current version")
	@RequiresPermission(Permission.WRITE_LETTERS)
	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/{number}/restore")
	ResponseEntity<VersionView> restore(@PathVariable UUID id, @PathVariable @Min(1) int number,
			@Valid @RequestBody RestoreRequest request) {
		Caller caller = callers.current();
		LetterVersion restored = versions.restore(caller, id, number, request.basedOn());
		return ResponseEntity.created(URI.create("/api/v1/letters/" + id + "/versions/" + restored.number()))
			.body(VersionView.of(restored, caller.name()));
	}
}
