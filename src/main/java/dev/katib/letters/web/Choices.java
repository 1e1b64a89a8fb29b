package dev.katib.letters.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** What the pickers of the new-letter form offer. */
final class Choices {

	private Choices() {
	}

	/** An entry of the recipients directory. */
	record RecipientChoice(UUID id, String line, String details) {
	}

	/** An earlier letter the new one may reply to or follow up; the subject is null while it is being drafted. */
	record EarlierLetter(UUID id, @Nullable String subject, String details) {
	}
}
