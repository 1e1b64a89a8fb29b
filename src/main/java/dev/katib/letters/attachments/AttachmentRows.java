package dev.katib.letters.attachments;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.katib.letters.LetterAttachments.Attachment;

/** Which files go with which letter: the one writer of {@code letters_attachment}. */
@Repository
class AttachmentRows {

	private final JdbcClient jdbc;

	AttachmentRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(UUID tenantId, UUID letterId, UUID addedBy, Attachment attachment) {
		jdbc.sql("""
				INSERT INTO letters_attachment (file_id, tenant_id, letter_id, filename, content_type, size_bytes,
				  sha256, added_by, added_at, position)
				SELECT :file, :tenant, :letter, :filename, :type, :size, :sha256, :addedBy, :addedAt,
				  coalesce(max(position), 0) + 1
				FROM letters_attachment WHERE tenant_id = :tenant AND letter_id = :letter""")
			.param("file", attachment.id())
			.param("tenant", tenantId)
			.param("letter", letterId)
			.param("filename", attachment.filename())
			.param("type", attachment.contentType())
			.param("size", attachment.size())
			.param("sha256", attachment.sha256())
			.param("addedBy", addedBy)
			.param("addedAt", Timestamp.from(attachment.addedAt()))
			.update();
	}

	List<Attachment> of(UUID tenantId, UUID letterId) {
		return jdbc.sql("""
				SELECT file_id, filename, content_type, size_bytes, sha256, added_at FROM letters_attachment
				WHERE tenant_id = :tenant AND letter_id = :letter ORDER BY position""")
			.param("tenant", tenantId)
			.param("letter", letterId)
			.query((rs, n) -> new Attachment(rs.getObject("file_id", UUID.class), rs.getString("filename"),
					rs.getString("content_type"), rs.getLong("size_bytes"),
					rs.getString("sha256"), rs.getTimestamp("added_at").toInstant()))
			.list();
	}

	Optional<Attachment> find(UUID tenantId, UUID letterId, UUID fileId) {
		return of(tenantId, letterId).stream().filter(a -> a.id().equals(fileId)).findFirst();
	}

	int count(UUID tenantId, UUID letterId) {
		return jdbc.sql("SELECT count(*) FROM letters_attachment WHERE tenant_id = :tenant AND letter_id = :letter")
			.param("tenant", tenantId)
			.param("letter", letterId)
			.query(Integer.class)
			.single();
	}

	void delete(UUID tenantId, UUID letterId, UUID fileId) {
		jdbc.sql("DELETE FROM letters_attachment WHERE tenant_id = :tenant AND letter_id = :letter AND file_id = :file")
			.param("tenant", tenantId)
			.param("letter", letterId)
			.param("file", fileId)
			.update();
	}
}
