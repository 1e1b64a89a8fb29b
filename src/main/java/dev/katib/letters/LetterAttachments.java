package dev.katib.letters;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.katib.accounts.Caller;
import dev.katib.archive.FileContent;

/**
 * The files that go with a letter («المرفقات»): attached while the letter may change, by whoever may change
 * it, kept in the archive, counted on the printed letter.
 */
public interface LetterAttachments {

	/** At most this many files go with one letter. */
	int MAX_PER_LETTER = 10;

	/**
	 * The letter's attachments in the order they were added.
	 *
	 * @throws dev.katib.platform.KatibException not found when the caller's organisation has no such letter
	 */
	List<Attachment> of(Caller caller, UUID letterId);

	/** The files that go with the letter, in order, for its paper: counted in its header, listed in its data. */
	List<Attachment> ofLetter(UUID tenantId, UUID letterId);

	/**
	 * Attaches a PDF, Word, text or image file, its type read from its content.
	 *
	 * @throws dev.katib.platform.KatibException forbidden unless the caller may change the letter;
	 *         {@code letter-not-editable} unless it is a draft or returned; {@code attachments-limit-reached}
	 *         (409) beyond {@link #MAX_PER_LETTER}; {@code unsupported-file} or {@code file-too-large}
	 */
	Attachment attach(Caller caller, UUID letterId, String filename, byte[] content);

	/**
	 * Takes a file back from a letter that may still change; the archive forgets it.
	 *
	 * @throws dev.katib.platform.KatibException as {@link #attach}, and not found for another letter's file
	 */
	void detach(Caller caller, UUID letterId, UUID attachmentId);

	/** The attachment's bytes, for anyone who may read the letter. */
	FileContent open(Caller caller, UUID letterId, UUID attachmentId);

	/**
	 * A file that goes with a letter.
	 *
	 * @param id the file's id in the archive
	 * @param filename the name it was uploaded under
	 * @param contentType the type its content shows
	 * @param size its size in bytes
	 * @param sha256 hex SHA-256 of its content, as the archive fingerprinted it
	 * @param addedAt when it was attached
	 */
	record Attachment(UUID id, String filename, String contentType, long size, String sha256, Instant addedAt) {
	}
}
