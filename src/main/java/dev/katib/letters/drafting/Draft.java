package dev.katib.letters.drafting;

import dev.katib.letters.content.StructuredLetter;

/**
 * A drafted letter and how it was drafted.
 *
 * @param letter the letter
 * @param draftedWithoutAi true when the offline engine composed it from the inputs alone, which the writer is
 *     shown ("drafted without AI")
 */
public record Draft(StructuredLetter letter, boolean draftedWithoutAi) {
}
