package dev.katib.knowledge;

import java.util.UUID;


/**
 * A stored reference letter of one of the organisation's categories.
 *
 * @param id the reference letter's id
 * @param letter its category and text
 */
public record ReferenceLetterEntry(UUID id, ReferenceLetter letter) {
}
