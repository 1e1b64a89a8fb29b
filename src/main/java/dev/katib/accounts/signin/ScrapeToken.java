package dev.katib.accounts.signin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;

/** The metrics scraper's token ({@code KATIB_METRICS_TOKEN}), checked in constant time. */
final class ScrapeToken {

	private final byte @Nullable [] expected;

	ScrapeToken(@Nullable String token) {
		this.expected = token == null || token.isBlank() ? null
				: ("Bearer " + token.strip()).getBytes(StandardCharsets.UTF_8);
	}

	boolean presentedIn(HttpServletRequest request) {
		String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		return expected != null && authorization != null
				&& MessageDigest.isEqual(expected, authorization.getBytes(StandardCharsets.UTF_8));
	}
}
