package dev.katib.paper.archiving;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
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
				  FROM paper_archived_letter WHERE tenant_id = :tenant AND letter_id = :letter""")
			.param("tenant", tenantId)
			.param("letter", letterId)
			.query((rs, n) -> new ArchivedPaper(rs.getObject("letter_id", UUID.class), rs.getInt("version"),
					rs.getObject("file_id", UUID.class), rs.getString("sha256"),
					rs.getObject("letterhead_id", UUID.class), rs.getInt("letterhead_version"),
					rs.getString("verification_code"), rs.getTimestamp("archived_at").toInstant()))
			.optional();
	}

	/** The verification codes of those of these letters that are archived, by letter. */
	Map<UUID, String> verificationCodes(UUID tenantId, Collection<UUID> letterIds) {
		if (letterIds.isEmpty()) {
			return Map.of();
		}
		Map<UUID, String> codes = new HashMap<>();
		jdbc.sql("""
				SELECT letter_id, verification_code FROM paper_archived_letter
				WHERE tenant_id = :tenant AND letter_id IN (:letters)""")
			.param("tenant", tenantId)
			.param("letters", new ArrayList<>(letterIds))
			.query((rs, n) -> codes.put(rs.getObject("letter_id", UUID.class), rs.getString("verification_code")))
			.list();
		return codes;
	}

	void insert(UUID tenantId, ArchivedPaper paper) {
		jdbc.sql("""
				INSERT INTO paper_archived_letter (letter_id, tenant_id, version, file_id, sha256, letterhead_id,
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

	/**
	 * Holds the archiving of the letter for this transaction, so that it is archived once even when events race;
	 * the letter's own row is left to the letters module.
	 */
	void lockArchivingOf(UUID letterId) {
		jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(:letter, 0))")
			.param("letter", "paper-archiving:" + letterId)
			.query((rs, n) -> n)
			.list();
	}
}
