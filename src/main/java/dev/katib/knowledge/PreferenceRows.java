package dev.katib.knowledge;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

interface PreferenceRows extends Repository<PreferenceRow, UUID> {

	List<PreferenceRow> findByTenantIdAndWriterIdOrderByCreatedAtAsc(UUID tenantId, UUID writerId);

	@Modifying
	@Query("DELETE FROM knowledge_writer_preference WHERE tenant_id = :tenantId AND writer_id = :writerId AND id = :id")
	int deleteByTenantIdAndWriterIdAndId(UUID tenantId, UUID writerId, UUID id);
}
