package dev.katib.letters.chat;

import org.jspecify.annotations.Nullable;

import dev.katib.letters.VersionView;

/**
 * The answer to an instruction that changed the letter.
 *
 * @param message the assistant's message in the chat
 * @param summary one line saying what changed
 * @param version the new version
 * @param suggestion a preference offered to the writer, when the instruction recurs
 */
public record ChatReply(ChatMessage message, String summary, VersionView version, @Nullable Suggestion suggestion) {
}
