package dev.katib.knowledge;

import java.util.UUID;

import org.jspecify.annotations.Nullable;


/**
 * One entry of the organisation's recipients directory.
 *
 * @param id the entry's id, which a letter refers to as its {@code recipientId}
 * @param recipient how the letter addresses them
 * @param email their e-mail address, if known
 * @param phone their telephone number, if known
 * @param version the row's version, which a change names to be sure it changes what its author saw
 */
public record RecipientEntry(UUID id, Recipient recipient, @Nullable String email, @Nullable String phone,
		long version) {
}
