package dev.katib.letters.paper;

import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which letters were archived on paper, one row per letter. */
@Repository
class ArchivedPapers {

	private final JdbcClient jdbc;

	ArchivedPapers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<ArchivedPaper> find(UUID tenantId, UUID letterId) {
		return jdbc.sql("""
				SELECT letter_id, version, file_id, sha256, letterhead_id, letterhead_version, verification_code,
				       archived_at
				  FROM letters_archived_paper WHERE tenant_id = :tenant AND letter_id = :letter""")
			.param("tenant", tenantId)
			.param("letter", letterId)
			.query((rs, n) -> new ArchivedPaper(rs.getObject("letter_id", UUID.class), rs.getInt("version"),
					rs.getObject("file_id", UUID.class), rs.getString("sha256"),
					rs.getObject("letterhead_id", UUID.class), rs.getInt("letterhead_version"),
					rs.getString("verification_code"), rs.getTimestamp("archived_at").toInstant()))
			.optional();
	}

	void insert(UUID tenantId, ArchivedPaper paper) {
		jdbc.sql("""
				INSERT INTO letters_archived_paper (letter_id, tenant_id, version, file_id, sha256, letterhead_id,
				       letterhead_version, verification_code, archived_at)
				VALUES (:letter, :tenant, :version, :file, :sha, :letterhead, :letterheadVersion, :code, :at)""")
			.param("letter", paper.letterId())
			.param("tenant", tenantId)
			.param("version", paper.version())
			.param("file", paper.fileId())
			.param("sha", paper.sha256())
			.param("letterhead", paper.letterheadId())
			.param("letterheadVersion", paper.letterheadVersion())
			.param("code", paper.verificationCode())
			.param("at", java.sql.Timestamp.from(paper.archivedAt()))
			.update();
	}

	/** Holds the letter until the transaction ends, so that it is archived once even when events race. */
	boolean lockLetter(UUID tenantId, UUID letterId) {
		return jdbc.sql("SELECT id FROM letters_letter WHERE tenant_id = :tenant AND id = :letter FOR UPDATE")
			.param("tenant", tenantId)
			.param("letter", letterId)
			.query(UUID.class)
			.optional()
			.isPresent();
	}
}
