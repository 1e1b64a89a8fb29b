package dev.katib.accounts.passwords;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dev.katib.accounts.signin.CallerAuthentication;

/** Forgotten passwords and password changes over the API. */
@RestController
class PasswordApi {

	private final PasswordReset reset;
	private final PasswordChange change;

	PasswordApi(PasswordReset reset, PasswordChange change) {
		this.reset = reset;
		this.change = change;
	}

	record ResetRequest(@NotBlank @Size(max = 254) String email) {
	}

	record CompleteReset(@NotBlank @Size(max = 100) String token, @NotBlank @Size(max = 1024) String password) {
	}

	record ChangePassword(@NotBlank @Size(max = 1024) String currentPassword,
			@NotBlank @Size(max = 1024) String newPassword) {
	}

	/** Sends a reset link if the address belongs to a member; the answer is the same either way. */
	@Operation(summary = "Ask for a password reset link by e-mail")
	@SecurityRequirements
	@PostMapping("/api/v1/password-resets")
	@ResponseStatus(HttpStatus.ACCEPTED)
	void request(@Valid @RequestBody ResetRequest request) {
		reset.request(request.email());
	}

	@Operation(summary = "Set a new password with a reset link's token")
	@SecurityRequirements
	@PostMapping("/api/v1/password-resets/complete")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void complete(@Valid @RequestBody CompleteReset request, HttpServletRequest http) {
		reset.complete(request.token(), request.password(), http.getRemoteAddr());
	}

	@Operation(summary = "Change the caller's password")
	@PostMapping("/api/v1/me/password")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void change(@Valid @RequestBody ChangePassword request) {
		String signIn = SecurityContextHolder.getContext().getAuthentication() instanceof CallerAuthentication caller
				? caller.sessionId() : null;
		change.change(request.currentPassword(), request.newPassword(), signIn);
	}
}
