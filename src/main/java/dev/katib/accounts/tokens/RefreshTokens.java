package dev.katib.accounts.tokens;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.katib.accounts.AccountEvent;
import dev.katib.accounts.configuration.AccountsProperties;
import dev.katib.accounts.members.Member;
import dev.katib.accounts.members.Members;
import dev.katib.accounts.members.Rows;
import dev.katib.platform.Ids;

/**
 * Opaque refresh tokens, stored as hashes. Each use rotates the token: the old one is spent and a
 * new one of the same family is issued. A spent token presented again means it was copied, so
 * the whole family is revoked and whoever holds it must sign in again (OAuth 2.0 Security BCP 4.14).
 */
@Component
public class RefreshTokens {

	private final JdbcClient jdbc;
	private final Members members;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final AccountsProperties.Tokens settings;
	private final RevokedSessions revoked;

	RefreshTokens(JdbcClient jdbc, Members members, ApplicationEventPublisher events, Clock clock,
			AccountsProperties properties, RevokedSessions revoked) {
		this.jdbc = jdbc;
		this.members = members;
		this.events = events;
		this.clock = clock;
		this.settings = properties.tokens();
		this.revoked = revoked;
	}

	/** Starts a new family for a member who just signed in; the family id is the sign-in's session id. */
	Issued issue(Member member) {
		UUID family = Ids.newId(clock);
		return new Issued(family, issue(member, family));
	}

	/** A new refresh token and the sign-in (family) it belongs to. */
	record Issued(UUID family, String refreshToken) {
	}

	/**
	 * Spends a refresh token and returns the member it belongs to with a new token of its family;
	 * empty when the token is unknown, expired, revoked, spent or its member is no longer active.
	 */
	Optional<Rotated> rotate(String secret, @Nullable String address) {
		Instant now = clock.instant();
		Optional<Stored> found = jdbc.sql("""
				SELECT id, family_id, tenant_id, user_id, expires_at, used_at, revoked_at FROM accounts_refresh_token
				WHERE token_hash = :hash FOR UPDATE""")
			.param("hash", Secrets.hash(secret))
			.query((rs, n) -> new Stored(rs.getObject("id", UUID.class), rs.getObject("family_id", UUID.class),
					rs.getObject("tenant_id", UUID.class), rs.getObject("user_id", UUID.class),
					Rows.instant(rs, "expires_at"), Rows.instant(rs, "used_at"), Rows.instant(rs, "revoked_at")))
			.optional();
		if (found.isEmpty()) {
			return Optional.empty();
		}
		Stored token = found.get();
		if (token.usedAt() != null && token.revokedAt() == null) {
			revokeFamily(token.familyId());
			events.publishEvent(
					new AccountEvent.RefreshTokenReused(token.tenantId(), token.userId(), token.familyId(), address, now));
			return Optional.empty();
		}
		if (token.usedAt() != null || token.revokedAt() != null || !now.isBefore(token.expiresAt())) {
			return Optional.empty();
		}
		jdbc.sql("UPDATE accounts_refresh_token SET used_at = :now WHERE id = :id")
			.param("now", Rows.at(now))
			.param("id", token.id())
			.update();
		return members.find(token.tenantId(), token.userId())
			.filter(Member::active)
			.filter(member -> !member.mustChangePassword())
			.map(member -> new Rotated(member, token.familyId(), issue(member, token.familyId())));
	}

	/** Revokes the family of this token, if it is one, and its access tokens with it: signing out of the API. */
	void revoke(String secret) {
		jdbc.sql("SELECT family_id FROM accounts_refresh_token WHERE token_hash = :hash")
			.param("hash", Secrets.hash(secret))
			.query(UUID.class)
			.optional()
			.ifPresent(this::revokeFamily);
	}

	/**
	 * Revokes every sign-in of a member but the one kept (none when {@code keep} is null), access tokens
	 * included, e.g. after a password change.
	 */
	public void revokeAllBut(UUID tenantId, UUID memberId, @Nullable UUID keep) {
		List<UUID> families = jdbc.sql("""
				UPDATE accounts_refresh_token SET revoked_at = :now
				WHERE tenant_id = :tenant AND user_id = :user AND revoked_at IS NULL
				  AND family_id IS DISTINCT FROM CAST(:keep AS UUID)
				RETURNING family_id""")
			.param("now", Rows.at(clock.instant()))
			.param("tenant", tenantId)
			.param("user", memberId)
			.param("keep", keep)
			.query(UUID.class)
			.list();
		revoked.revoked(Set.copyOf(families));
	}

	private void revokeFamily(UUID familyId) {
		jdbc.sql("UPDATE accounts_refresh_token SET revoked_at = :now WHERE family_id = :family AND revoked_at IS NULL")
			.param("now", Rows.at(clock.instant()))
			.param("family", familyId)
			.update();
		revoked.revoked(List.of(familyId));
	}

	private String issue(Member member, UUID familyId) {
		String secret = Secrets.newSecret();
		Instant now = clock.instant();
		jdbc.sql("""
				INSERT INTO accounts_refresh_token (id, family_id, tenant_id, user_id, token_hash, issued_at, expires_at)
				VALUES (:id, :family, :tenant, :user, :hash, :now, :expires)""")
			.param("id", Ids.newId(clock))
			.param("family", familyId)
			.param("tenant", member.tenantId())
			.param("user", member.id())
			.param("hash", Secrets.hash(secret))
			.param("now", Rows.at(now))
			.param("expires", Rows.at(now.plus(settings.refreshTokenLifetime())))
			.update();
		return secret;
	}

	record Rotated(Member member, UUID family, String refreshToken) {
	}

	private record Stored(UUID id, UUID familyId, UUID tenantId, UUID userId, Instant expiresAt,
			@Nullable Instant usedAt, @Nullable Instant revokedAt) {
	}
}
