package dev.katib.accounts.signin;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.katib.accounts.members.Rows;
import dev.katib.platform.Ids;

/**
 * The browser sessions members have signed in with, so they can be listed and ended from anywhere.
 * Ending one also deletes its servlet session from {@code accounts_web_session} (Spring Session JDBC,
 * indexed by this row's id), so no process keeps it.
 */
@Repository
public class BrowserSessions {

	private final JdbcClient jdbc;
	private final Clock clock;

	BrowserSessions(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** One browser session of a member. */
	public record BrowserSession(UUID id, UUID tenantId, UUID userId, Instant signedInAt, Instant lastSeenAt,
			@Nullable String address, @Nullable String userAgent, @Nullable Instant endedAt) {
	}

	UUID start(UUID tenantId, UUID userId, @Nullable String address, @Nullable String userAgent) {
		UUID id = Ids.newId(clock);
		jdbc.sql("""
				INSERT INTO accounts_browser_session (id, tenant_id, user_id, signed_in_at, last_seen_at, address, user_agent)
				VALUES (:id, :tenant, :user, :now, :now, :address, :agent)""")
			.param("id", id)
			.param("tenant", tenantId)
			.param("user", userId)
			.param("now", Rows.at(clock.instant()))
			.param("address", address)
			.param("agent", userAgent == null ? null : userAgent.substring(0, Math.min(200, userAgent.length())))
			.update();
		return id;
	}

	Optional<BrowserSession> find(UUID id) {
		return jdbc.sql("SELECT * FROM accounts_browser_session WHERE id = :id")
			.param("id", id)
			.query((rs, n) -> new BrowserSession(rs.getObject("id", UUID.class), rs.getObject("tenant_id", UUID.class),
					rs.getObject("user_id", UUID.class), Rows.instant(rs, "signed_in_at"),
					Rows.instant(rs, "last_seen_at"), rs.getString("address"), rs.getString("user_agent"),
					Rows.instant(rs, "ended_at")))
			.optional();
	}

	void touch(UUID id) {
		jdbc.sql("UPDATE accounts_browser_session SET last_seen_at = :now WHERE id = :id")
			.param("now", Rows.at(clock.instant()))
			.param("id", id)
			.update();
	}

	void end(UUID id) {
		jdbc.sql("UPDATE accounts_browser_session SET ended_at = :now WHERE id = :id AND ended_at IS NULL")
			.param("now", Rows.at(clock.instant()))
			.param("id", id)
			.update();
		jdbc.sql("DELETE FROM accounts_web_session WHERE principal_name = :id").param("id", id.toString()).update();
	}

	/** The member's sessions that have not ended, newest first. */
	public List<BrowserSession> open(UUID tenantId, UUID userId) {
		return jdbc.sql("""
				SELECT * FROM accounts_browser_session
				WHERE tenant_id = :tenant AND user_id = :user AND ended_at IS NULL ORDER BY signed_in_at DESC""")
			.param("tenant", tenantId)
			.param("user", userId)
			.query((rs, n) -> new BrowserSession(rs.getObject("id", UUID.class), rs.getObject("tenant_id", UUID.class),
					rs.getObject("user_id", UUID.class), Rows.instant(rs, "signed_in_at"),
					Rows.instant(rs, "last_seen_at"), rs.getString("address"), rs.getString("user_agent"), null))
			.list();
	}

	/** Ends every session of the member except the one given (none when {@code keep} is null). */
	public int endAllBut(UUID tenantId, UUID userId, @Nullable UUID keep) {
		List<String> ended = jdbc.sql("""
				UPDATE accounts_browser_session SET ended_at = :now
				WHERE tenant_id = :tenant AND user_id = :user AND ended_at IS NULL AND id IS DISTINCT FROM CAST(:keep AS UUID)
				RETURNING CAST(id AS TEXT)""")
			.param("now", Rows.at(clock.instant()))
			.param("tenant", tenantId)
			.param("user", userId)
			.param("keep", keep)
			.query(String.class)
			.list();
		if (!ended.isEmpty()) {
			jdbc.sql("DELETE FROM accounts_web_session WHERE principal_name IN (:ended)").param("ended", ended).update();
		}
		return ended.size();
	}
}
