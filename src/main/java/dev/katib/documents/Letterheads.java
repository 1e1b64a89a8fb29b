package dev.katib.documents;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.katib.platform.KatibException;

/**
 * An organisation's letterhead versions. Every method takes the organisation (tenant) explicitly and
 * sees only that organisation's letterheads.
 */
public interface Letterheads {

	/**
	 * Stores a new version as a draft, numbered after the latest one.
	 *
	 * @throws dev.katib.platform.KatibException of type {@code invalid-letterhead} or {@code invalid-image}
	 *         when the draft is not acceptable
	 */
	LetterheadVersion createDraft(UUID tenantId, LetterheadDraft draft);

	/**
	 * Replaces the content of a draft version.
	 *
	 * @throws dev.katib.platform.KatibException of type {@code letterhead-not-draft} when the version was
	 *         already activated, or {@code not-found}
	 */
	LetterheadVersion updateDraft(UUID tenantId, int version, LetterheadDraft draft);

	/**
	 * Makes a draft the organisation's letterhead; the one active before is retired.
	 *
	 * @throws dev.katib.platform.KatibException of type {@code letterhead-not-draft} or {@code not-found}
	 */
	LetterheadVersion activate(UUID tenantId, int version);

	/** The organisation's active letterhead, which new documents are printed on. */
	Optional<Letterhead> active(UUID tenantId);

	/** The active letterhead, or a {@code no-active-letterhead} problem. */
	default Letterhead requireActive(UUID tenantId) {
		return active(tenantId).orElseThrow(() -> new KatibException(DocumentProblems.NO_ACTIVE_LETTERHEAD,
				"The organisation has no active letterhead yet."));
	}

	Optional<LetterheadVersion> find(UUID tenantId, int version);

	/** Every version, newest first. */
	List<LetterheadVersion> versions(UUID tenantId);

	/**
	 * Checks a draft and returns it as an unsaved letterhead, for a live preview.
	 *
	 * @throws dev.katib.platform.KatibException as {@link #createDraft} does
	 */
	Letterhead preview(UUID tenantId, LetterheadDraft draft);
}
