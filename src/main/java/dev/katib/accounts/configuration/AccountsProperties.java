package dev.katib.accounts.configuration;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of sign-in, tokens and mail; each comes from a {@code KATIB_*} variable listed in
 * docs/configuration.md.
 *
 * @param baseUrl the address people reach Katib at, used in links sent by e-mail ({@code KATIB_BASE_URL})
 * @param signupEnabled whether anyone may create a new organisation ({@code KATIB_SIGNUP_ENABLED})
 * @param tokens access and refresh token settings
 * @param session browser session limits
 * @param bootstrap the first organisation and owner created headless on an empty database
 * @param mail the SMTP server, if any
 * @param metricsToken the token Prometheus sends to read {@code /actuator/prometheus} ({@code KATIB_METRICS_TOKEN});
 *        without one the metrics are not served
 */
@ConfigurationProperties("katib.accounts")
@Validated
public record AccountsProperties(@NotNull(message = "set KATIB_BASE_URL, e.g. https://katib.example.org") URI baseUrl,
		@DefaultValue("false") boolean signupEnabled, @Valid @DefaultValue Tokens tokens,
		@Valid @DefaultValue Session session, @DefaultValue Bootstrap bootstrap, @DefaultValue Mail mail,
		@Nullable String metricsToken) {

	public AccountsProperties {
		if (metricsToken != null && !metricsToken.isBlank() && metricsToken.strip().length() < 24) {
			throw new IllegalArgumentException("KATIB_METRICS_TOKEN must have at least 24 characters");
		}
	}

	/**
	 * @param issuer the {@code iss} of access tokens
	 * @param audience the {@code aud} of access tokens
	 * @param accessTokenLifetime how long an access token is valid
	 * @param refreshTokenLifetime how long a refresh token is valid (each rotation starts again)
	 * @param signingKeyRotation how long one key signs before a new one takes over
	 */
	public record Tokens(@DefaultValue("katib") @NotBlank String issuer,
			@DefaultValue("katib-api") @NotBlank String audience,
			@DefaultValue("15m") Duration accessTokenLifetime, @DefaultValue("30d") Duration refreshTokenLifetime,
			@DefaultValue("30d") Duration signingKeyRotation) {
	}

	/**
	 * @param idleTimeout a browser session ends after this long without a request
	 * @param absoluteTimeout a browser session ends this long after sign-in, however busy
	 */
	public record Session(@DefaultValue("30m") Duration idleTimeout, @DefaultValue("12h") Duration absoluteTimeout) {
	}

	/**
	 * The first organisation and its owner, created at start-up when no user exists yet.
	 *
	 * @param name the owner's name in Arabic (a name in Latin letters is taken as their English name)
	 * @param nameEn the owner's name in English
	 */
	public record Bootstrap(@Nullable String organisation, @Nullable String email, @Nullable String password,
			@Nullable String name, @Nullable String nameEn) {

		public boolean requested() {
			return present(organisation) || present(email) || present(password);
		}

		public boolean complete() {
			return present(organisation) && present(email) && present(password);
		}

		private static boolean present(@Nullable String value) {
			return value != null && !value.isBlank();
		}
	}

	/** An SMTP server; without a host, mail goes to the local outbox. */
	public record Mail(@Nullable String host, @DefaultValue("587") int port, @Nullable String username,
			@Nullable String password, @DefaultValue("katib@localhost") String from,
			@DefaultValue("true") boolean startTls) {

		public boolean smtpConfigured() {
			return host != null && !host.isBlank();
		}
	}
}
