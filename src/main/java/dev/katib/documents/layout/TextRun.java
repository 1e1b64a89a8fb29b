package dev.katib.documents.layout;

/**
 * A stretch of text with one reading direction inside a line of the other: a Latin word or a number
 * such as {@code OUT/1448/000123} inside Arabic, or Arabic inside English.
 *
 * @param text the run's text
 * @param isolated whether the run reads against the document's direction and must be isolated
 */
public record TextRun(String text, boolean isolated) {
}
