package dev.katib.letters;

import java.util.UUID;
import java.util.function.Function;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.katib.platform.KatibException;

/**
 * The one way to change a letter: its row is locked for the transaction, the change calls the letter's own
 * methods, which check their rules, and the letter is stored with the events they registered. Two changes of
 * one letter therefore happen one after the other, each seeing what the other did.
 */
@Service
public class LetterLifecycle {

	private final LetterStore store;

	LetterLifecycle(LetterStore store) {
		this.store = store;
	}

	/**
	 * Applies the change to the letter, in the caller's transaction or a new one, and stores it.
	 *
	 * @throws KatibException not found when the organisation has no such letter; whatever the letter's rules
	 *         refuse
	 */
	@Transactional
	public <T> T change(UUID tenantId, UUID letterId, Function<Letter, T> change) {
		Letter letter = store.lock(tenantId, letterId).orElseThrow(() -> KatibException.notFound("The letter"));
		T result = change.apply(letter);
		store.save(letter);
		return result;
	}
}
