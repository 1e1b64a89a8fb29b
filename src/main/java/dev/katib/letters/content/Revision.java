package dev.katib.letters.content;

/**
 * A model's answer to an editing instruction: the complete revised letter and what changed.
 *
 * @param letter the whole letter after the change
 * @param summary one line saying what changed, shown to the writer in the chat
 */
public record Revision(StructuredLetter letter, String summary) {
}
