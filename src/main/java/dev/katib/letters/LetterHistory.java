package dev.katib.letters;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads letters and their immutable versions, for the modules that print, review or list them. A change never
 * rewrites a version: it adds the next one, through {@link LetterLifecycle}. Every method is limited to the
 * organisation it is given.
 */
@Service
public class LetterHistory {

	private final LetterStore store;

	LetterHistory(LetterStore store) {
		this.store = store;
	}

	/** The letter, when the organisation has it. */
	@Transactional(readOnly = true)
	public Optional<Letter> letter(UUID tenantId, UUID letterId) {
		return store.find(tenantId, letterId);
	}

	/** Every version of the letter, the first first. */
	@Transactional(readOnly = true)
	public List<LetterVersion> versions(UUID tenantId, UUID letterId) {
		return store.versions(tenantId, letterId);
	}

	@Transactional(readOnly = true)
	public Optional<LetterVersion> current(UUID tenantId, UUID letterId) {
		return store.current(tenantId, letterId);
	}

	/** The current version of each of these letters that has one, read at once for a page of letters. */
	@Transactional(readOnly = true)
	Map<UUID, LetterVersion> currentOf(UUID tenantId, Collection<UUID> letterIds) {
		return store.currentOf(tenantId, letterIds);
	}

	/** The organisation's letters in this status, oldest first: a queue of at most {@code limit}. */
	@Transactional(readOnly = true)
	public List<Letter> withStatus(UUID tenantId, LetterStatus status, int limit) {
		return store.withStatus(tenantId, status, limit);
	}

	/** The same queue among these letters only (a batch run's), oldest first. */
	@Transactional(readOnly = true)
	public List<Letter> withStatus(UUID tenantId, LetterStatus status, Collection<UUID> among, int limit) {
		return store.withStatus(tenantId, status, among, limit);
	}
}
