package dev.katib.letters;

import java.util.Optional;
import java.util.UUID;

/** The verification code of a letter's archived PDF, once it is signed and archived. */
public interface LetterVerifications {

	Optional<VerificationView> verification(UUID tenantId, UUID letterId);
}
