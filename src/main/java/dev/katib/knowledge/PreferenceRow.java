package dev.katib.knowledge;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;


/** One writer's preference. */
@Table("knowledge_writer_preference")
record PreferenceRow(@Id UUID id, UUID tenantId, UUID writerId, String text, Instant createdAt) {

	WriterPreference preference() {
		return new WriterPreference(writerId, text);
	}
}
