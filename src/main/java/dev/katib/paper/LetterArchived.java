package dev.katib.paper;

import java.time.Instant;
import java.util.UUID;

/**
 * The final PDF of a signed letter is in the archive, with the verification code printed on it.
 *
 * @param tenantId the letter's organisation
 * @param letterId the letter
 * @param version the version printed
 * @param fileId the archived file
 * @param verificationCode the code anyone checks the printed letter with
 * @param at when, by the server's clock
 */
public record LetterArchived(UUID tenantId, UUID letterId, int version, UUID fileId, String verificationCode,
		Instant at) {
}
