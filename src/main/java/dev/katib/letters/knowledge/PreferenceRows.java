package dev.katib.letters.knowledge;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.Repository;

interface PreferenceRows extends Repository<PreferenceRow, UUID> {

	List<PreferenceRow> findByTenantIdAndWriterIdOrderByCreatedAtAsc(UUID tenantId, UUID writerId);
}
