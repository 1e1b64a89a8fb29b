package dev.katib.paper.printing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.jspecify.annotations.Nullable;

import dev.katib.letters.LetterAttachments.Attachment;
import dev.katib.letters.LetterStatus;

/**
 * What the paper knows about a letter besides its content: where it is in its life, the number and
 * date the server issued, and the signature once signed.
 *
 * @param status the letter's status, e.g. {@code DRAFT}, {@code APPROVED}, {@code SIGNED}
 * @param number the number issued to it, such as {@code OUT/1448/000123}, once numbered
 * @param issuedOn its official date, once numbered
 * @param signing the signature, once signed
 * @param zone the organisation's time zone, which decides the day printed on an unnumbered letter
 * @param attachments the files that go with the letter
 */
public record PaperFacts(LetterStatus status, @Nullable String number, @Nullable LocalDate issuedOn, @Nullable Signing signing,
		ZoneId zone, List<Attachment> attachments) {

	public PaperFacts {
		attachments = List.copyOf(attachments);
	}

	/** The facts of a letter with no attachments. */
	public PaperFacts(LetterStatus status, @Nullable String number, @Nullable LocalDate issuedOn,
			@Nullable Signing signing, ZoneId zone) {
		this(status, number, issuedOn, signing, zone, List.of());
	}

	/** The zone of an organisation that has not chosen one. */
	public static final ZoneId RIYADH = ZoneId.of("Asia/Riyadh");

	/** Whether the letter's text is final: no DRAFT watermark any more. */
	public boolean approved() {
		return status.approved();
	}

	/**
	 * A signature put on a version of the letter.
	 *
	 * @param name the signer's name as printed
	 * @param jobTitle the signer's job title as printed, in the letter's language, if their profile has one
	 * @param signedAt when
	 * @param image the signer's signature image (PNG or JPEG), if they uploaded one
	 * @param stamp the organisation's stamp image, if any
	 * @param versionNumber the version signed
	 */
	public record Signing(String name, @Nullable String jobTitle, Instant signedAt, byte @Nullable [] image, byte @Nullable [] stamp,
			int versionNumber) {
	}
}
