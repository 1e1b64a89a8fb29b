package dev.katib.letters.history;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

interface LetterRows extends Repository<LetterRow, UUID> {

	Optional<LetterRow> findByTenantIdAndId(UUID tenantId, UUID id);

	/** Reads the letter and holds it until the transaction ends, so changes to it are made one at a time. */
	@Query("SELECT * FROM letters_letter WHERE tenant_id = :tenantId AND id = :id FOR UPDATE")
	Optional<LetterRow> lockByTenantIdAndId(UUID tenantId, UUID id);
}
