package dev.katib.knowledge;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.Repository;

interface ReferenceLetterRows extends Repository<ReferenceLetterRow, UUID> {

	List<ReferenceLetterRow> findByTenantIdAndCategoryKeyOrderByCreatedAtAsc(UUID tenantId, String categoryKey);
}
