package dev.katib.archive;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A file to keep in an organisation's archive.
 *
 * @param tenantId the organisation that owns it
 * @param storedBy the member who stored it, if a person did
 * @param kind what the file is
 * @param filename the name to download it under (never used as a storage path)
 * @param contentType its media type
 * @param content the bytes
 * @param subjectType the kind of object it belongs to, e.g. {@code letter}
 * @param subjectId that object's id
 * @param title a title for search results, e.g. the letter's subject
 * @param documentDate the date the document bears, for date filters; the day it is stored when absent
 * @param attributes facts to filter and show, e.g. {@code number}, {@code category}, {@code status}
 * @param searchableText text to index beside what is extracted from the file, e.g. the letter's body
 * @param verificationCode a code from {@link VerificationCodes} printed on the document, if it can be verified
 */
public record StoreRequest(UUID tenantId, @Nullable UUID storedBy, FileKind kind, String filename, String contentType,
		byte[] content, @Nullable String subjectType, @Nullable String subjectId, @Nullable String title,
		@Nullable LocalDate documentDate, Map<String, String> attributes, @Nullable String searchableText,
		@Nullable String verificationCode) {

	public StoreRequest {
		attributes = Map.copyOf(attributes);
	}

	/** A plain upload: no subject, title or verification. */
	public static StoreRequest upload(UUID tenantId, @Nullable UUID storedBy, FileKind kind, String filename,
			String contentType, byte[] content) {
		return new StoreRequest(tenantId, storedBy, kind, filename, contentType, content, null, null, null, null,
				Map.of(), null, null);
	}
}
