package dev.katib.archive;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A file the archive keeps, with the fingerprint that proves its content.
 *
 * @param sha256 hex SHA-256 of the content
 * @param storage the backend that holds the bytes ({@code filesystem}, {@code s3}, …)
 */
public record StoredFile(UUID id, UUID tenantId, FileKind kind, String filename, String contentType, long size,
		String sha256, String storage, Instant storedAt, @Nullable UUID storedBy, @Nullable String subjectType,
		@Nullable String subjectId, @Nullable String title, LocalDate documentDate, Map<String, String> attributes,
		@Nullable String verificationCode) {

	public StoredFile {
		attributes = Map.copyOf(attributes);
	}
}
