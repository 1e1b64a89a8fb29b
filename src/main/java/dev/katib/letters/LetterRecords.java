package dev.katib.letters;

import java.util.Optional;
import java.util.UUID;

/**
 * What the workflow recorded about a letter that other parts of Katib print or show: its number and official
 * date, and its signature. Both are limited to the organisation given.
 */
public interface LetterRecords {

	/** The letter's number and official date, once it has been issued one. */
	Optional<IssuedNumber> number(UUID tenantId, UUID letterId);

	/** The letter's signature, once it has been signed. */
	Optional<Signature> signature(UUID tenantId, UUID letterId);
}
