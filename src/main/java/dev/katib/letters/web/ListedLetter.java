package dev.katib.letters.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A row of the letters list; the subject is null while the first version is being written. */
record ListedLetter(UUID id, @Nullable String subject, String language, String recipient, String category,
		String status, String writer, String created) {
}
