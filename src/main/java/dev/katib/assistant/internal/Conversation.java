package dev.katib.assistant.internal;

import java.time.Instant;
import java.util.UUID;

/**
 * A member's conversation with the assistant, as its list shows it.
 *
 * @param id the conversation
 * @param title what the member called it
 * @param messages how many messages it holds
 * @param createdAt when it was started
 * @param updatedAt when it last changed
 */
public record Conversation(UUID id, String title, int messages, Instant createdAt, Instant updatedAt) {
}
