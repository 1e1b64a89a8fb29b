package dev.katib.archive;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * An organisation's archive: files kept with their fingerprints, their text indexed for search.
 * Every operation is limited to the given organisation; another organisation's file is not found.
 */
public interface Archive {

	/**
	 * Stores the file, extracts and indexes its text and publishes {@link FileStored}.
	 *
	 * @throws dev.katib.platform.KatibException {@code file-too-large}, {@code unsupported-file} or
	 * {@code storage-unavailable}; nothing is recorded then
	 */
	StoredFile store(StoreRequest request);

	Optional<StoredFile> find(UUID tenantId, UUID fileId);

	/**
	 * The file and its bytes.
	 *
	 * @throws dev.katib.platform.KatibException {@code not-found}, or {@code file-corrupted} when the
	 * bytes no longer match the stored fingerprint
	 */
	FileContent open(UUID tenantId, UUID fileId);

	/** Replaces the filterable facts of a file, e.g. when a letter's status changes after it was archived. */
	void updateAttributes(UUID tenantId, UUID fileId, Map<String, String> attributes);

	SearchResults search(UUID tenantId, SearchQuery query);

	/**
	 * Forgets an attachment that was handed in and taken back before it became part of a record (a file
	 * attached to a letter still in draft): its row goes at once, its bytes when the transaction commits.
	 *
	 * @throws dev.katib.platform.KatibException {@code not-found}; {@code file-is-a-record} (409) for
	 * anything but an {@link FileKind#ATTACHMENT}, since letters and incoming mail are kept
	 */
	void discard(UUID tenantId, UUID fileId);
}
