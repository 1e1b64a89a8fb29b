package dev.katib.letters;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The verification code of a letter's archived PDF, once it is signed and archived. */
public interface LetterVerifications {

	Optional<VerificationView> verification(UUID tenantId, UUID letterId);

	/** The verification codes of those of these letters that are archived, read at once for a page of letters. */
	Map<UUID, VerificationView> verifications(UUID tenantId, Collection<UUID> letterIds);
}
