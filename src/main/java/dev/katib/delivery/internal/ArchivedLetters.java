package dev.katib.delivery.internal;

import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import dev.katib.paper.LetterArchived;

/** Remembers which archived file is each signed letter's PDF, as paper announces it. */
@Component
class ArchivedLetters {

	record ArchivedLetter(UUID fileId, String verificationCode) {
	}

	private final JdbcClient jdbc;

	ArchivedLetters(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(LetterArchived event) {
		jdbc.sql("""
				INSERT INTO delivery_archived_letters (tenant_id, letter_id, file_id, version, verification_code, archived_at)
				VALUES (:tenant, :letter, :file, :version, :code, :at)
				ON CONFLICT (tenant_id, letter_id) DO UPDATE SET file_id = EXCLUDED.file_id, version = EXCLUDED.version,
				  verification_code = EXCLUDED.verification_code, archived_at = EXCLUDED.archived_at
				WHERE delivery_archived_letters.version <= EXCLUDED.version""")
			.param("tenant", event.tenantId())
			.param("letter", event.letterId())
			.param("file", event.fileId())
			.param("version", event.version())
			.param("code", event.verificationCode())
			.param("at", event.at().atOffset(ZoneOffset.UTC))
			.update();
	}

	Optional<ArchivedLetter> find(UUID tenantId, UUID letterId) {
		return jdbc.sql("SELECT file_id, verification_code FROM delivery_archived_letters WHERE tenant_id = :tenant AND letter_id = :letter")
			.param("tenant", tenantId)
			.param("letter", letterId)
			.query((rs, n) -> new ArchivedLetter(rs.getObject(1, UUID.class), rs.getString(2)))
			.optional();
	}
}
