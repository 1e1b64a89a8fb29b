package dev.katib.accounts.members;

import io.swagger.v3.oas.annotations.responses.ApiResponse;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;

import java.net.URI;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dev.katib.accounts.AccountEvent.Actor;

/** {@code POST /api/v1/signup}: a new organisation and its owner, when sign-up is enabled. */
@RestController
class SignUpApi {

	private final SignUp signUp;

	SignUpApi(SignUp signUp) {
		this.signUp = signUp;
	}

	record SignUpRequest(@NotBlank @Size(max = 200) String organisation, @NotBlank @Size(max = 200) String name,
			@NotBlank @Email @Size(max = 254) String email, @NotBlank @Size(max = 1024) String password) {
	}

	record SignedUp(UUID organisationId, UUID memberId) {
	}

	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create an organisation and its first owner")
	@SecurityRequirements
	@PostMapping("/api/v1/signup")
	ResponseEntity<SignedUp> signUp(@Valid @RequestBody SignUpRequest request, Locale locale,
			HttpServletRequest http) {
		String language = "en".equals(locale.getLanguage()) ? "en" : "ar";
		Member owner = signUp.signUp(new Enrolment.NewOrganisation(request.organisation().strip(),
				request.organisation().strip(), language, request.name().strip(), request.email().strip(),
				request.password()), new Actor(null, null, request.email().strip(), http.getRemoteAddr()));
		return ResponseEntity.created(URI.create("/api/v1/me")).body(new SignedUp(owner.tenantId(), owner.id()));
	}
}
