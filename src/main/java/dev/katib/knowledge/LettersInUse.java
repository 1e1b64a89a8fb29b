package dev.katib.knowledge;

import java.util.Map;
import java.util.UUID;

/**
 * What the organisation's letters use of its writing knowledge, so that a category or a recipient letters refer
 * to stays. The letters module answers it; the knowledge does not read letters.
 */
public interface LettersInUse {

	/** How many letters the organisation wrote in each of its categories that has any. */
	Map<String, Long> lettersPerCategory(UUID tenantId);

	/** Whether the organisation wrote a letter in this category. */
	boolean categoryUsed(UUID tenantId, String categoryKey);

	/** Whether a letter of the organisation is addressed to this entry of its directory. */
	boolean recipientAddressed(UUID tenantId, UUID recipientId);
}
