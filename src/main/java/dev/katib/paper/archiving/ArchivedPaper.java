package dev.katib.paper.archiving;

import java.time.Instant;
import java.util.UUID;

/**
 * The final PDF of a letter as archived.
 *
 * @param letterId the letter
 * @param version the version printed
 * @param fileId the archived file
 * @param sha256 the file's fingerprint
 * @param letterheadId the letterhead version printed on
 * @param letterheadVersion that letterhead's number
 * @param verificationCode the code printed on it
 * @param archivedAt when
 */
public record ArchivedPaper(UUID letterId, int version, UUID fileId, String sha256, UUID letterheadId,
		int letterheadVersion, String verificationCode, Instant archivedAt) {
}
