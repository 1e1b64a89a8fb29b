package dev.katib.knowledge;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

interface CategoryRows extends Repository<CategoryRow, UUID> {

	List<CategoryRow> findByTenantIdOrderByCreatedAtAscCategoryKeyAsc(UUID tenantId);

	Optional<CategoryRow> findByTenantIdAndCategoryKey(UUID tenantId, String categoryKey);
}
