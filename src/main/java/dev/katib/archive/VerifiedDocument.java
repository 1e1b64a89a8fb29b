package dev.katib.archive;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What the public verification page may show about a document: only the facts printed on it
 * and its fingerprint.
 */
public record VerifiedDocument(String code, String sha256, long size, Instant storedAt, @Nullable String title,
		LocalDate documentDate, Map<String, String> attributes) {

	public VerifiedDocument {
		attributes = Map.copyOf(attributes);
	}
}
