package dev.katib.documents;

import java.net.URI;
import java.util.Objects;

/**
 * How a reader checks the document is genuine: a short code printed on it, and the address the QR
 * code points to.
 */
public record Verification(String code, URI url) {

	public Verification {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(url, "url");
		if (code.isBlank() || code.length() > 64) {
			throw new IllegalArgumentException("A verification code has 1 to 64 characters.");
		}
		if (!"https".equals(url.getScheme()) && !"http".equals(url.getScheme())) {
			throw new IllegalArgumentException("A verification address is an http(s) address.");
		}
	}
}
