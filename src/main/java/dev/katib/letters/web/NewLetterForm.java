package dev.katib.letters.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import dev.katib.letters.DraftLetter;
import dev.katib.letters.RecipientInput;
import dev.katib.knowledge.Gender;
import dev.katib.knowledge.Honorific;
import dev.katib.knowledge.Recipient;
import dev.katib.knowledge.Language;

/**
 * The new-letter form as submitted. The recipient is a directory entry ({@code recipientId} is its id) or typed
 * ({@code recipientId} is {@code new}); the earlier letter, when one is chosen, is replied to or followed up.
 *
 * @param idempotencyKey issued with the form, so that submitting it twice opens one letter
 */
record NewLetterForm(@Nullable String category, @Nullable String language, @Nullable String recipientId,
		@Nullable String recipientName, @Nullable String recipientHonorific, @Nullable String recipientJobTitle,
		@Nullable String recipientGender, @Nullable String recipientOrganisation, @Nullable Boolean saveRecipient,
		@Nullable String request, @Nullable String linkedId, @Nullable String linkKind,
		@Nullable String idempotencyKey) {

	static final String TYPED = "new";

	/** The form as first shown: an Arabic letter, unless the writer reads the pages in English. */
	static NewLetterForm empty(String language) {
		return new NewLetterForm(null, language, TYPED, null, Honorific.SAADA.code(), null, null, null, false, null,
				"", "REPLY", UUID.randomUUID().toString());
	}

	/** The same answers, with a fresh key: the writer changed something, so it is another request. */
	NewLetterForm again() {
		return new NewLetterForm(category, language, recipientId, recipientName, recipientHonorific, recipientJobTitle,
				recipientGender, recipientOrganisation, saveRecipient, request, linkedId, linkKind,
				UUID.randomUUID().toString());
	}

	/** Message keys of what is missing or malformed; empty when the form can be sent to drafting. */
	List<String> problems() {
		List<String> problems = new ArrayList<>();
		if (blank(category)) {
			problems.add("letters.error.category");
		}
		if (language == null || Language.fromCode(language).isEmpty()) {
			problems.add("letters.error.language");
		}
		if (directoryRecipient().isEmpty()) {
			if (!TYPED.equals(recipientId)
					|| blank(recipientName) && blank(recipientJobTitle) && blank(recipientOrganisation)) {
				problems.add("letters.error.recipient");
			}
			else if (honorific().isEmpty()) {
				problems.add("letters.error.recipient.honorific");
			}
		}
		int length = request == null ? 0 : request.strip().codePointCount(0, request.strip().length());
		if (length < 10 || length > 2000) {
			problems.add("letters.error.request");
		}
		if (!blank(linkedId) && uuid(linkedId).isEmpty()) {
			problems.add("letters.error.link");
		}
		return problems;
	}

	Optional<UUID> directoryRecipient() {
		return uuid(recipientId);
	}

	boolean savesRecipient() {
		return Boolean.TRUE.equals(saveRecipient) && directoryRecipient().isEmpty();
	}

	/** The typed recipient, as the directory keeps it. */
	Recipient typedRecipient() {
		return new Recipient(recipientName, honorific().orElseThrow(), recipientJobTitle, gender(),
				recipientOrganisation);
	}

	/** What drafting is asked for; with {@code savedRecipient} when the typed recipient was just added. */
	DraftLetter draft(@Nullable UUID savedRecipient) {
		UUID directory = savedRecipient != null ? savedRecipient : directoryRecipient().orElse(null);
		RecipientInput typed = directory != null ? null
				: new RecipientInput(recipientName, String.valueOf(recipientHonorific), recipientJobTitle, gender(),
						recipientOrganisation);
		UUID linked = uuid(linkedId).orElse(null);
		boolean followUp = "FOLLOW_UP".equals(linkKind);
		return new DraftLetter(String.valueOf(category).strip(), Language.fromCode(String.valueOf(language)).orElseThrow(),
				typed, directory, String.valueOf(request).strip(), followUp ? null : linked, followUp ? linked : null);
	}

	private Optional<Honorific> honorific() {
		return recipientHonorific == null ? Optional.empty() : Honorific.fromCode(recipientHonorific);
	}

	private @Nullable Gender gender() {
		return "MALE".equals(recipientGender) ? Gender.MALE : "FEMALE".equals(recipientGender) ? Gender.FEMALE : null;
	}

	private static boolean blank(@Nullable String text) {
		return text == null || text.isBlank();
	}

	private static Optional<UUID> uuid(@Nullable String text) {
		if (blank(text)) {
			return Optional.empty();
		}
		try {
			return Optional.of(UUID.fromString(text.strip()));
		}
		catch (IllegalArgumentException notAnId) {
			return Optional.empty();
		}
	}
}
