package dev.katib.connectors.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import dev.katib.connectors.DataSource;
import dev.katib.connectors.SourceKind;
import dev.katib.connectors.backend.SourceAccess;
import dev.katib.platform.SecretBox;

/**
 * The {@code connectors_source} table: the one class that writes it. Credentials go in sealed and
 * come out only inside a {@link SourceAccess}; every query is limited to the caller's organisation.
 */
@Repository
class SourceRows {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;
	private final SecretBox box;

	SourceRows(JdbcClient jdbc, SecretBox box) {
		this.jdbc = jdbc;
		this.box = box;
	}

	static String purpose(UUID sourceId) {
		return "connectors.source:" + sourceId;
	}

	void insert(DataSource source, @Nullable String credential, Map<String, String> settings) {
		jdbc.sql("""
				INSERT INTO connectors_source (id, tenant_id, kind, name, credential_sealed, credential_hint, settings, created_at)
				VALUES (:id, :tenant, :kind, :name, :sealed, :hint, CAST(:settings AS JSONB), :created)""")
			.param("id", source.id())
			.param("tenant", source.tenantId())
			.param("kind", source.kind().name())
			.param("name", source.name())
			.param("sealed", credential == null ? null : box.seal(credential, purpose(source.id())))
			.param("hint", source.credentialHint())
			.param("settings", JSON.writeValueAsString(settings))
			.param("created", Timestamp.from(source.createdAt()))
			.update();
	}

	List<DataSource> list(UUID tenantId) {
		return jdbc.sql("SELECT * FROM connectors_source WHERE tenant_id = :tenant ORDER BY created_at")
			.param("tenant", tenantId)
			.query((rs, n) -> source(rs))
			.list();
	}

	Optional<DataSource> find(UUID tenantId, UUID id) {
		return jdbc.sql("SELECT * FROM connectors_source WHERE tenant_id = :tenant AND id = :id")
			.param("tenant", tenantId)
			.param("id", id)
			.query((rs, n) -> source(rs))
			.optional();
	}

	/** The source with its credential opened, for a backend. */
	Optional<SourceAccess> open(UUID tenantId, UUID id) {
		return jdbc.sql("SELECT * FROM connectors_source WHERE tenant_id = :tenant AND id = :id")
			.param("tenant", tenantId)
			.param("id", id)
			.query((rs, n) -> access(rs))
			.optional();
	}

	boolean delete(UUID tenantId, UUID id) {
		return jdbc.sql("DELETE FROM connectors_source WHERE tenant_id = :tenant AND id = :id")
			.param("tenant", tenantId)
			.param("id", id)
			.update() == 1;
	}

	private SourceAccess access(ResultSet rs) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		byte[] sealed = rs.getBytes("credential_sealed");
		return new SourceAccess(id, rs.getObject("tenant_id", UUID.class), rs.getString("name"),
				SourceKind.valueOf(rs.getString("kind")), sealed == null ? "" : box.openText(sealed, purpose(id)),
				JSON.readValue(rs.getString("settings"), new TypeReference<Map<String, String>>() {
				}));
	}

	private static DataSource source(ResultSet rs) throws SQLException {
		return new DataSource(rs.getObject("id", UUID.class), rs.getObject("tenant_id", UUID.class),
				SourceKind.valueOf(rs.getString("kind")), rs.getString("name"), rs.getString("credential_hint"),
				rs.getTimestamp("created_at").toInstant(),
				JSON.readValue(rs.getString("settings"), new TypeReference<Map<String, String>>() {
				}).get("clientEmail"));
	}
}
