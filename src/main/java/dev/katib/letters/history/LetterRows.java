package dev.katib.letters.history;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

interface LetterRows extends Repository<LetterRow, UUID> {

	Optional<LetterRow> findByTenantIdAndId(UUID tenantId, UUID id);
}
