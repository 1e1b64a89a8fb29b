package dev.katib.webhooks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import dev.katib.platform.SecretBox;
import dev.katib.platform.SecretResealing;

/** The organisations' webhook endpoints, their secrets sealed; the only class that writes their table. */
@Repository
class WebhookEndpoints implements SecretResealing {

	private static final String COLUMNS = "id, url, event_types, secret_hint, paused, failed_messages, created_at, paused_at";

	private final JdbcClient jdbc;
	private final SecretBox box;

	WebhookEndpoints(JdbcClient jdbc, SecretBox box) {
		this.jdbc = jdbc;
		this.box = box;
	}

	void create(UUID id, UUID tenantId, String url, List<String> eventTypes, String secret, UUID createdBy, Instant now) {
		jdbc.sql("""
				INSERT INTO webhooks_endpoints (id, tenant_id, url, event_types, secret_sealed, secret_hint,
				  created_by, created_at)
				VALUES (:id, :tenant, :url, :types, :secret, :hint, :by, :now)""")
			.param("id", id)
			.param("tenant", tenantId)
			.param("url", url)
			.param("types", eventTypes.toArray(String[]::new))
			.param("secret", box.seal(secret, purpose(id)))
			.param("hint", SecretBox.masked(secret))
			.param("by", createdBy)
			.param("now", at(now))
			.update();
	}

	List<WebhookEndpoint> list(UUID tenantId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM webhooks_endpoints WHERE tenant_id = :tenant "
				+ "ORDER BY created_at, id LIMIT 200")
			.param("tenant", tenantId)
			.query((rs, n) -> endpoint(rs))
			.list();
	}

	Optional<WebhookEndpoint> find(UUID tenantId, UUID id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM webhooks_endpoints WHERE tenant_id = :tenant AND id = :id")
			.param("tenant", tenantId)
			.param("id", id)
			.query((rs, n) -> endpoint(rs))
			.optional();
	}

	/** The endpoints of the organisation that take this event, paused ones included (their messages wait). */
	List<UUID> subscribed(UUID tenantId, String eventType) {
		return jdbc.sql("SELECT id FROM webhooks_endpoints WHERE tenant_id = :tenant AND :type = ANY (event_types)")
			.param("tenant", tenantId)
			.param("type", eventType)
			.query(UUID.class)
			.list();
	}

	/** The endpoint's secret, opened for signing. */
	String secret(UUID tenantId, UUID id) {
		byte[] sealed = jdbc.sql("SELECT secret_sealed FROM webhooks_endpoints WHERE tenant_id = :tenant AND id = :id")
			.param("tenant", tenantId)
			.param("id", id)
			.query(byte[].class)
			.single();
		return box.openText(sealed, purpose(id));
	}

	boolean delete(UUID tenantId, UUID id) {
		return jdbc.sql("DELETE FROM webhooks_endpoints WHERE tenant_id = :tenant AND id = :id")
			.param("tenant", tenantId)
			.param("id", id)
			.update() > 0;
	}

	/** A message reached the endpoint: the count of failures in a row starts again. */
	void succeeded(UUID tenantId, UUID id) {
		jdbc.sql("UPDATE webhooks_endpoints SET failed_messages = 0 WHERE tenant_id = :tenant AND id = :id")
			.param("tenant", tenantId)
			.param("id", id)
			.update();
	}

	/**
	 * A message failed for good; at the limit the endpoint is paused.
	 *
	 * @return whether this failure paused it
	 */
	boolean failed(UUID tenantId, UUID id, int pauseAfter, Instant now) {
		return jdbc.sql("""
				UPDATE webhooks_endpoints SET failed_messages = failed_messages + 1,
				  paused = paused OR failed_messages + 1 >= :limit,
				  paused_at = CASE WHEN NOT paused AND failed_messages + 1 >= :limit THEN :now ELSE paused_at END
				WHERE tenant_id = :tenant AND id = :id
				RETURNING COALESCE(paused_at = :now, false)""")
			.param("limit", pauseAfter)
			.param("now", at(now))
			.param("tenant", tenantId)
			.param("id", id)
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

	/** @return whether the endpoint was running and is now paused by its owner */
	boolean pause(UUID tenantId, UUID id, Instant now) {
		return jdbc.sql("""
				UPDATE webhooks_endpoints SET paused = true, paused_at = :now
				WHERE tenant_id = :tenant AND id = :id AND NOT paused""")
			.param("now", at(now))
			.param("tenant", tenantId)
			.param("id", id)
			.update() > 0;
	}

	/** @return whether the endpoint was paused */
	boolean resume(UUID tenantId, UUID id) {
		return jdbc.sql("""
				UPDATE webhooks_endpoints SET paused = false, paused_at = NULL, failed_messages = 0
				WHERE tenant_id = :tenant AND id = :id AND paused""")
			.param("tenant", tenantId)
			.param("id", id)
			.update() > 0;
	}

	@Override
	public String what() {
		return "webhook endpoint secrets";
	}

	@Override
	@Transactional
	public int resealAll(SecretBox current) {
		record Sealed(UUID id, byte[] secret) {
		}
		List<Sealed> all = jdbc.sql("SELECT id, secret_sealed FROM webhooks_endpoints FOR UPDATE")
			.query((rs, n) -> new Sealed(rs.getObject(1, UUID.class), rs.getBytes(2)))
			.list();
		int changed = 0;
		for (Sealed sealed : all) {
			if (!current.sealedWithCurrentKey(sealed.secret())) {
				jdbc.sql("UPDATE webhooks_endpoints SET secret_sealed = :secret WHERE id = :id")
					.param("secret", current.seal(current.open(sealed.secret(), purpose(sealed.id())), purpose(sealed.id())))
					.param("id", sealed.id())
					.update();
				changed++;
			}
		}
		return changed;
	}

	private static WebhookEndpoint endpoint(ResultSet rs) throws SQLException {
		Timestamp paused = rs.getTimestamp("paused_at");
		return new WebhookEndpoint(rs.getObject("id", UUID.class), rs.getString("url"),
				Arrays.asList((String[]) rs.getArray("event_types").getArray()), rs.getString("secret_hint"),
				rs.getBoolean("paused"), rs.getInt("failed_messages"), rs.getTimestamp("created_at").toInstant(),
				paused == null ? null : paused.toInstant());
	}

	private static String purpose(UUID endpointId) {
		return "delivery.webhook.secret:" + endpointId;
	}

	private static java.time.OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}
}
