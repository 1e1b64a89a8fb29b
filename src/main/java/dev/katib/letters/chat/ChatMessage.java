package dev.katib.letters.chat;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import dev.katib.letters.PersonView;

/**
 * One message of the chat on a letter.
 *
 * @param id the message's id
 * @param role {@code USER} for an instruction, {@code ASSISTANT} for the answer
 * @param text the instruction, or what the assistant answered (the summary of the change, or why nothing changed)
 * @param summary the one-line summary of the change, when a version was produced
 * @param version the number of the version the answer produced, when it produced one
 * @param problem the problem type slug, when the instruction could not be carried out
 * @param author the member who gave the instruction (for an answer: the member it answered)
 * @param createdAt when, by the server's clock
 */
public record ChatMessage(UUID id, String role, String text, @Nullable String summary, @Nullable Integer version,
		@Nullable String problem, PersonView author, Instant createdAt) {

	public static final String USER = "USER";

	public static final String ASSISTANT = "ASSISTANT";
}
