package dev.katib.accounts.members;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.katib.accounts.tokens.Secrets;
import dev.katib.platform.Ids;

/**
 * Single-use secrets sent by e-mail (password resets, invitations), stored as hashes. Issuing a new
 * one for the same member and purpose spends the older ones.
 */
@Component
public class OneTimeLinks {

	/** What a link is for. */
	public enum Purpose {
		PASSWORD_RESET, INVITATION
	}

	/** The member a link was issued to. */
	public record Holder(UUID tenantId, UUID memberId) {
	}

	private final JdbcClient jdbc;
	private final Clock clock;

	OneTimeLinks(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public String issue(Purpose purpose, UUID tenantId, UUID memberId, Duration validFor) {
		Instant now = clock.instant();
		jdbc.sql("""
				UPDATE accounts_one_time_token SET used_at = :now
				WHERE purpose = :purpose AND user_id = :user AND used_at IS NULL""")
			.param("now", Rows.at(now))
			.param("purpose", purpose.name())
			.param("user", memberId)
			.update();
		String secret = Secrets.newSecret();
		jdbc.sql("""
				INSERT INTO accounts_one_time_token (id, purpose, tenant_id, user_id, token_hash, created_at, expires_at)
				VALUES (:id, :purpose, :tenant, :user, :hash, :now, :expires)""")
			.param("id", Ids.newId(clock))
			.param("purpose", purpose.name())
			.param("tenant", tenantId)
			.param("user", memberId)
			.param("hash", Secrets.hash(secret))
			.param("now", Rows.at(now))
			.param("expires", Rows.at(now.plus(validFor)))
			.update();
		return secret;
	}

	/** The holder of a link that is still valid, without spending it. */
	public Optional<Holder> peek(Purpose purpose, String secret) {
		return find(purpose, secret, "");
	}

	/** Spends a valid link; empty when it is unknown, spent or expired. */
	public Optional<Holder> spend(Purpose purpose, String secret) {
		Optional<Holder> holder = find(purpose, secret, " FOR UPDATE");
		holder.ifPresent(h -> jdbc.sql("UPDATE accounts_one_time_token SET used_at = :now WHERE token_hash = :hash")
			.param("now", Rows.at(clock.instant()))
			.param("hash", Secrets.hash(secret))
			.update());
		return holder;
	}

	private Optional<Holder> find(Purpose purpose, String secret, String lock) {
		if (secret.length() > 100) {
			return Optional.empty();
		}
		return jdbc.sql("""
				SELECT tenant_id, user_id FROM accounts_one_time_token
				WHERE token_hash = :hash AND purpose = :purpose AND used_at IS NULL AND expires_at > :now""" + lock)
			.param("hash", Secrets.hash(secret))
			.param("purpose", purpose.name())
			.param("now", Rows.at(clock.instant()))
			.query((rs, n) -> new Holder(rs.getObject("tenant_id", UUID.class), rs.getObject("user_id", UUID.class)))
			.optional();
	}
}
