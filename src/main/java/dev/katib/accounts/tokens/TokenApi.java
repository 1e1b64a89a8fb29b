package dev.katib.accounts.tokens;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;

import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Tokens for API clients (OAuth 2.0 style answers, JSON requests). */
@RestController
@RequestMapping("/api/v1/auth")
class TokenApi {

	private final TokenIssuer issuer;
	private final Clock clock;

	TokenApi(TokenIssuer issuer, Clock clock) {
		this.issuer = issuer;
		this.clock = clock;
	}

	record SignInRequest(@NotBlank @Size(max = 254) String email, @NotBlank @Size(max = 1024) String password) {
	}

	record RefreshRequest(@JsonProperty("refresh_token") @NotBlank @Size(max = 100) String refreshToken) {
	}

	record TokenResponse(@JsonProperty("access_token") String accessToken,
			@JsonProperty("refresh_token") String refreshToken, @JsonProperty("token_type") String tokenType,
			@JsonProperty("expires_in") long expiresIn) {
	}

	/** An access token and a refresh token for an e-mail and password. */
	@Operation(summary = "Sign in with e-mail and password for an access and a refresh token")
	@SecurityRequirements
	@PostMapping("/token")
	ResponseEntity<TokenResponse> token(@Valid @RequestBody SignInRequest request, HttpServletRequest http) {
		return answer(issuer.signIn(request.email(), request.password(), http.getRemoteAddr()));
	}

	/** A new access token and refresh token for a refresh token, which is spent. */
	@Operation(summary = "Exchange a refresh token for new tokens")
	@SecurityRequirements
	@PostMapping("/refresh")
	ResponseEntity<TokenResponse> refresh(@Valid @RequestBody RefreshRequest request, HttpServletRequest http) {
		return answer(issuer.refresh(request.refreshToken(), http.getRemoteAddr()));
	}

	/** Revokes the refresh token and every token rotated from the same sign-in. */
	@Operation(summary = "End the sign-in of a refresh token")
	@SecurityRequirements
	@PostMapping("/logout")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void logout(@Valid @RequestBody RefreshRequest request) {
		issuer.revoke(request.refreshToken());
	}

	private ResponseEntity<TokenResponse> answer(TokenIssuer.Tokens tokens) {
		long expiresIn = Duration.between(clock.instant(), tokens.access().expiresAt()).toSeconds();
		return ResponseEntity.ok()
			.header("Cache-Control", "no-store")
			.body(new TokenResponse(tokens.access().value(), tokens.refresh(), "Bearer", expiresIn));
	}
}
