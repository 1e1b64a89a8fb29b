package dev.katib.assistant.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import dev.katib.letters.LetterView;
import dev.katib.letters.RecipientView;

/**
 * A letter as a tool answers it: enough to tell letters apart and follow a thread, its text only as a short
 * excerpt of its paragraphs.
 */
record LetterSummary(UUID id, String status, @Nullable String number, String category, String language,
		String recipient, @Nullable String subject, @Nullable String excerpt, @Nullable UUID replyTo,
		@Nullable UUID followsUp, String drafting, Instant createdAt) {

	static final int EXCERPT_LENGTH = 400;

	static LetterSummary of(LetterView letter, boolean withExcerpt) {
		var version = letter.version();
		String excerpt = null;
		if (withExcerpt && version != null) {
			String text = String.join(" ", version.letter().paragraphs());
			excerpt = text.length() <= EXCERPT_LENGTH ? text : text.substring(0, EXCERPT_LENGTH) + "…";
		}
		return new LetterSummary(letter.id(), letter.status().name(), letter.number(), letter.category(),
				letter.language(), recipient(letter.recipient()), version == null ? null : version.letter().subject(),
				excerpt, letter.replyTo(), letter.followsUp(), letter.drafting().name(), letter.createdAt());
	}

	static List<LetterSummary> of(List<LetterView> letters, boolean withExcerpt) {
		return letters.stream().map(letter -> of(letter, withExcerpt)).toList();
	}

	private static String recipient(RecipientView recipient) {
		return Stream.of(recipient.name(), recipient.jobTitle(), recipient.organisation())
			.filter(part -> part != null && !part.isBlank())
			.collect(Collectors.joining("، "));
	}
}
