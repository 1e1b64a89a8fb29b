package dev.katib.letters.history;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

interface VersionRows extends Repository<VersionRow, UUID> {

	List<VersionRow> findByTenantIdAndLetterIdOrderByNumberAsc(UUID tenantId, UUID letterId);

	Optional<VersionRow> findFirstByTenantIdAndLetterIdOrderByNumberDesc(UUID tenantId, UUID letterId);

	@Query("SELECT coalesce(max(number), 0) FROM letters_letter_version WHERE tenant_id = :tenantId AND letter_id = :letterId")
	int lastNumber(UUID tenantId, UUID letterId);
}
