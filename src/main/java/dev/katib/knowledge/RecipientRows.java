package dev.katib.knowledge;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

interface RecipientRows extends Repository<RecipientRow, UUID> {

	Optional<RecipientRow> findByTenantIdAndId(UUID tenantId, UUID id);

	List<RecipientRow> findByTenantIdOrderByCreatedAtAsc(UUID tenantId);
}
