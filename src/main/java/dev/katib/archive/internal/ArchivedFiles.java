package dev.katib.archive.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.katib.archive.FileKind;
import dev.katib.archive.SearchQuery;
import dev.katib.archive.StoredFile;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The archive's table. Every statement names the organisation. */
@Repository
class ArchivedFiles {

	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final TypeReference<Map<String, String>> ATTRIBUTES = new TypeReference<>() {
	};
	private static final String COLUMNS = "id, tenant_id, kind, filename, content_type, size_bytes, sha256, storage, "
			+ "location, stored_at, stored_by, subject_type, subject_id, title, document_date, attributes, "
			+ "verification_code, display_text";

	private final JdbcClient jdbc;

	ArchivedFiles(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Row(StoredFile file, String location, String displayText) {
	}

	void insert(StoredFile file, String location, String displayText, String contentIndex, String searchText) {
		jdbc.sql("""
				INSERT INTO archive_file (id, tenant_id, kind, filename, content_type, size_bytes, sha256, storage,
				  location, stored_at, stored_by, subject_type, subject_id, title, document_date, attributes,
				  verification_code, display_text, content_index, search_text)
				VALUES (:id, :tenant, :kind, :filename, :contentType, :size, :sha256, :storage, :location, :storedAt,
				  :storedBy, :subjectType, :subjectId, :title, :documentDate, CAST(:attributes AS jsonb),
				  :verificationCode, :displayText, :contentIndex, :searchText)""")
			.param("id", file.id())
			.param("tenant", file.tenantId())
			.param("kind", file.kind().name())
			.param("filename", file.filename())
			.param("contentType", file.contentType())
			.param("size", file.size())
			.param("sha256", file.sha256())
			.param("storage", file.storage())
			.param("location", location)
			.param("storedAt", Timestamp.from(file.storedAt()))
			.param("storedBy", file.storedBy())
			.param("subjectType", file.subjectType())
			.param("subjectId", file.subjectId())
			.param("title", file.title())
			.param("documentDate", file.documentDate())
			.param("attributes", JSON.writeValueAsString(file.attributes()))
			.param("verificationCode", file.verificationCode())
			.param("displayText", displayText)
			.param("contentIndex", contentIndex)
			.param("searchText", searchText)
			.update();
	}

	String delete(UUID tenantId, UUID id) {
		return jdbc.sql("DELETE FROM archive_file WHERE tenant_id = :tenant AND id = :id RETURNING location")
			.param("tenant", tenantId)
			.param("id", id)
			.query(String.class)
			.single();
	}

	Optional<Row> find(UUID tenantId, UUID id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM archive_file WHERE tenant_id = :tenant AND id = :id")
			.param("tenant", tenantId)
			.param("id", id)
			.query(ROW)
			.optional();
	}

	Optional<Row> findByVerificationCode(String code) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM archive_file WHERE verification_code = :code")
			.param("code", code)
			.query(ROW)
			.optional();
	}

	/** Replaces the facts, and re-indexes them with the content's index kept from when the file was stored. */
	boolean updateAttributes(UUID tenantId, UUID id, Map<String, String> attributes, String factsIndex) {
		return jdbc.sql("""
				UPDATE archive_file SET attributes = CAST(:attributes AS jsonb),
				  search_text = :factsIndex || ' ' || content_index
				WHERE tenant_id = :tenant AND id = :id""")
			.param("attributes", JSON.writeValueAsString(attributes))
			.param("factsIndex", factsIndex)
			.param("tenant", tenantId)
			.param("id", id)
			.update() == 1;
	}

	record Page(List<Row> rows, long total) {
	}

	Page search(UUID tenantId, SearchQuery query, List<String> terms) {
		StringBuilder where = new StringBuilder(" WHERE tenant_id = :tenant");
		Map<String, Object> params = new java.util.HashMap<>();
		params.put("tenant", tenantId);
		if (!terms.isEmpty()) {
			where.append(" AND search_vector @@ to_tsquery('simple', :query)");
			params.put("query", SearchTerms.tsQuery(terms));
		}
		if (query.from() != null) {
			where.append(" AND document_date >= :from");
			params.put("from", query.from());
		}
		if (query.to() != null) {
			where.append(" AND document_date <= :to");
			params.put("to", query.to());
		}
		if (query.kind() != null) {
			where.append(" AND kind = :kind");
			params.put("kind", query.kind().name());
		}
		if (!query.attributes().isEmpty()) {
			where.append(" AND attributes @> CAST(:attributes AS jsonb)");
			params.put("attributes", JSON.writeValueAsString(query.attributes()));
		}
		long total = jdbc.sql("SELECT count(*) FROM archive_file" + where).params(params).query(Long.class).single();
		String order = terms.isEmpty() ? " ORDER BY document_date DESC, stored_at DESC"
				: " ORDER BY ts_rank(search_vector, to_tsquery('simple', :query)) DESC, document_date DESC, stored_at DESC";
		params.put("limit", query.size());
		params.put("offset", (long) query.page() * query.size());
		List<Row> rows = new ArrayList<>(jdbc.sql("SELECT " + COLUMNS + " FROM archive_file" + where + order
				+ " LIMIT :limit OFFSET :offset").params(params).query(ROW).list());
		return new Page(rows, total);
	}

	private static final RowMapper<Row> ROW = (ResultSet rs, int n) -> new Row(new StoredFile(
			rs.getObject("id", UUID.class), rs.getObject("tenant_id", UUID.class), FileKind.valueOf(rs.getString("kind")),
			rs.getString("filename"), rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("sha256"),
			rs.getString("storage"), rs.getTimestamp("stored_at").toInstant(), rs.getObject("stored_by", UUID.class),
			rs.getString("subject_type"), rs.getString("subject_id"), rs.getString("title"),
			rs.getObject("document_date", LocalDate.class), attributes(rs), rs.getString("verification_code")),
			rs.getString("location"), rs.getString("display_text"));

	private static Map<String, String> attributes(ResultSet rs) throws SQLException {
		String json = rs.getString("attributes");
		return json == null ? Map.of() : JSON.readValue(json, ATTRIBUTES);
	}
}
