package dev.katib.letters;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What the workflow recorded about a letter that other parts of Katib print or show: its number and official
 * date, and its signature. Both are limited to the organisation given.
 */
public interface LetterRecords {

	/** The letter's number and official date, once it has been issued one. */
	Optional<IssuedNumber> number(UUID tenantId, UUID letterId);

	/** The numbers of those of these letters that have been issued one, read at once for a page of letters. */
	Map<UUID, IssuedNumber> numbers(UUID tenantId, Collection<UUID> letterIds);

	/** The letter's signature, once it has been signed. */
	Optional<Signature> signature(UUID tenantId, UUID letterId);
}
