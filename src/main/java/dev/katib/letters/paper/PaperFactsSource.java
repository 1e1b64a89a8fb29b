package dev.katib.letters.paper;

import java.util.UUID;

import org.springframework.stereotype.Component;

import dev.katib.letters.history.StoredLetter;

/** Gathers what the paper knows about a letter from the letter itself and its workflow records. */
@Component
class PaperFactsSource {

	PaperFacts of(StoredLetter letter) {
		return new PaperFacts(letter.status(), null, null, null, PaperFacts.RIYADH);
	}

	PaperFacts of(UUID tenantId, StoredLetter letter) {
		return of(letter);
	}
}
