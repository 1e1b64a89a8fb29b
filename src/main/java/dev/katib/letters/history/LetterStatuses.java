package dev.katib.letters.history;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves letters from one status to another. The workflow decides which moves are allowed; this only makes
 * sure that two moves of one letter happen one after the other and that a move from a status the letter has
 * meanwhile left changes nothing.
 */
@Component
public class LetterStatuses {

	private final LetterRows letters;
	private final JdbcClient jdbc;

	LetterStatuses(LetterRows letters, JdbcClient jdbc) {
		this.letters = letters;
		this.jdbc = jdbc;
	}

	/** Reads the letter and holds it until the transaction ends, so its changes are made one at a time. */
	@Transactional(propagation = Propagation.MANDATORY)
	public Optional<StoredLetter> lock(UUID tenantId, UUID letterId) {
		return letters.lockByTenantIdAndId(tenantId, letterId).map(LetterRow::letter);
	}

	/**
	 * Sets the letter's status to {@code to} if it is still {@code from}.
	 *
	 * @return whether it was moved; false when its status is no longer {@code from}
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean move(UUID tenantId, UUID letterId, String from, String to) {
		return jdbc.sql("""
				UPDATE letters_letter SET status = :to, version = version + 1
				WHERE tenant_id = :tenant AND id = :id AND status = :from""")
			.param("to", to)
			.param("tenant", tenantId)
			.param("id", letterId)
			.param("from", from)
			.update() == 1;
	}

	/** The organisation's letters in this status, oldest first: a queue. */
	@Transactional(readOnly = true)
	public List<StoredLetter> withStatus(UUID tenantId, String status, int limit) {
		return jdbc.sql("""
				SELECT * FROM letters_letter WHERE tenant_id = :tenant AND status = :status
				ORDER BY created_at, id LIMIT :limit""")
			.param("tenant", tenantId)
			.param("status", status)
			.param("limit", limit)
			.query(LetterRow.class)
			.list()
			.stream()
			.map(LetterRow::letter)
			.toList();
	}
}
