package dev.katib.accounts.tokens;

import dev.katib.accounts.RequiresPermission;
import dev.katib.accounts.Permission;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import io.swagger.v3.oas.annotations.Operation;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dev.katib.accounts.Role;

/** API keys of the caller's organisation, for owners and administrators. */
@RestController
@RequestMapping("/api/v1/api-keys")
@RequiresPermission(Permission.MANAGE_API_KEYS)
class ApiKeyApi {

	private final ApiKeyAdministration administration;

	ApiKeyApi(ApiKeyAdministration administration) {
		this.administration = administration;
	}

	record CreateRequest(@NotBlank @Size(max = 100) String name, @NotEmpty @Size(max = 6) Set<@NotNull Role> scopes,
			@NotNull Instant expiresAt) {
	}

	record KeyView(UUID id, String name, String prefix, List<Role> scopes, UUID createdBy, Instant createdAt,
			Instant expiresAt, @Nullable Instant lastUsedAt, @Nullable Instant revokedAt) {

		static KeyView of(ApiKeys.ApiKey key) {
			return new KeyView(key.id(), key.name(), key.prefix(), key.scopes().stream().sorted().toList(),
					key.createdBy(), key.createdAt(), key.expiresAt(), key.lastUsedAt(), key.revokedAt());
		}
	}

	/** The key, with its secret shown this one time. */
	record CreatedView(KeyView key, String secret) {
	}

	@Operation(summary = "Create an API key (its secret is shown once)")
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	CreatedView create(@Valid @RequestBody CreateRequest request) {
		var created = administration.create(request.name().strip(), request.scopes(), request.expiresAt());
		return new CreatedView(KeyView.of(created.key()), created.secret());
	}

	@Operation(summary = "List the organisation's API keys")
	@GetMapping
	List<KeyView> list() {
		return administration.list().stream().map(KeyView::of).toList();
	}

	@Operation(summary = "Revoke an API key")
	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void revoke(@PathVariable UUID id) {
		administration.revoke(id);
	}
}
