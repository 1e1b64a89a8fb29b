package dev.katib.connectors.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.katib.platform.SecretBox;

/** The {@code connectors_webhook} table: Airtable webhooks per base, their sealed MAC secrets and cursors. */
@Repository
public class WebhookRows {

	private final JdbcClient jdbc;
	private final SecretBox box;

	WebhookRows(JdbcClient jdbc, SecretBox box) {
		this.jdbc = jdbc;
		this.box = box;
	}

	static String purpose(String webhookId) {
		return "connectors.webhook:" + webhookId;
	}

	/**
	 * A webhook Katib created.
	 *
	 * @param sourceId its source
	 * @param baseId its base
	 * @param tenantId its organisation
	 * @param webhookId Airtable's id for it
	 * @param macSecret the secret that signs its notifications
	 * @param cursor the next payload to read
	 * @param expiresAt when Airtable drops it unless refreshed
	 */
	public record Webhook(UUID sourceId, String baseId, UUID tenantId, String webhookId, byte[] macSecret, long cursor,
			Instant expiresAt) {
	}

	public void save(UUID sourceId, String baseId, UUID tenantId, String webhookId, byte[] macSecret, Instant expiresAt) {
		jdbc.sql("""
				INSERT INTO connectors_webhook (source_id, base_id, tenant_id, webhook_id, mac_secret_sealed, cursor, expires_at)
				VALUES (:source, :base, :tenant, :webhook, :secret, 1, :expires)
				ON CONFLICT (source_id, base_id) DO UPDATE SET webhook_id = :webhook, mac_secret_sealed = :secret,
				  cursor = 1, expires_at = :expires""")
			.param("source", sourceId).param("base", baseId).param("tenant", tenantId).param("webhook", webhookId)
			.param("secret", box.seal(macSecret, purpose(webhookId))).param("expires", Timestamp.from(expiresAt))
			.update();
	}

	public Optional<Webhook> find(String webhookId) {
		return jdbc.sql("SELECT * FROM connectors_webhook WHERE webhook_id = :id").param("id", webhookId)
			.query((rs, n) -> webhook(rs)).optional();
	}

	public Optional<Webhook> find(UUID sourceId, String baseId) {
		return jdbc.sql("SELECT * FROM connectors_webhook WHERE source_id = :source AND base_id = :base")
			.param("source", sourceId).param("base", baseId)
			.query((rs, n) -> webhook(rs)).optional();
	}

	/** The webhooks of a source. */
	public List<Webhook> ofSource(UUID sourceId) {
		return jdbc.sql("SELECT * FROM connectors_webhook WHERE source_id = :source").param("source", sourceId)
			.query((rs, n) -> webhook(rs)).list();
	}

	/** Webhooks that expire before this moment. */
	public List<Webhook> expiringBefore(Instant moment) {
		return jdbc.sql("SELECT * FROM connectors_webhook WHERE expires_at < :moment").param("moment", Timestamp.from(moment))
			.query((rs, n) -> webhook(rs)).list();
	}

	public void refreshed(String webhookId, Instant expiresAt) {
		jdbc.sql("UPDATE connectors_webhook SET expires_at = :expires WHERE webhook_id = :id")
			.param("expires", Timestamp.from(expiresAt)).param("id", webhookId).update();
	}

	/** Moves the cursor forward only, so two readers of the same payloads never step back. */
	public void advanced(String webhookId, long cursor) {
		jdbc.sql("UPDATE connectors_webhook SET cursor = GREATEST(cursor, :cursor) WHERE webhook_id = :id")
			.param("cursor", cursor).param("id", webhookId).update();
	}

	public void delete(String webhookId) {
		jdbc.sql("DELETE FROM connectors_webhook WHERE webhook_id = :id").param("id", webhookId).update();
	}

	private Webhook webhook(java.sql.ResultSet rs) throws java.sql.SQLException {
		String id = rs.getString("webhook_id");
		return new Webhook(rs.getObject("source_id", UUID.class), rs.getString("base_id"),
				rs.getObject("tenant_id", UUID.class), id, box.open(rs.getBytes("mac_secret_sealed"), purpose(id)),
				rs.getLong("cursor"), rs.getTimestamp("expires_at").toInstant());
	}
}
