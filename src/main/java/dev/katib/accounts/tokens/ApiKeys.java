package dev.katib.accounts.tokens;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import dev.katib.accounts.AccountEvent;
import dev.katib.accounts.Role;
import dev.katib.accounts.members.Members;
import dev.katib.accounts.members.Rows;
import dev.katib.accounts.signin.CallerAuthentication;
import dev.katib.platform.Ids;

/**
 * API keys for integrations: {@code katib_} followed by 43 random characters, shown once and stored
 * as a SHA-256 hash with a visible prefix. A key acts for the member who created it, with the roles
 * it was scoped to whose permissions the member still holds; it stops working when revoked, expired or when
 * that member is disabled.
 */
@Component
public class ApiKeys {

	static final String PREFIX = "katib_";
	private static final int VISIBLE = PREFIX.length() + 6;
	private static final Duration RECORD_USE_EVERY = Duration.ofMinutes(1);

	private final JdbcClient jdbc;
	private final Members members;
	private final TransactionTemplate transactions;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	ApiKeys(JdbcClient jdbc, Members members, TransactionTemplate transactions, ApplicationEventPublisher events,
			Clock clock) {
		this.jdbc = jdbc;
		this.members = members;
		this.transactions = transactions;
		this.events = events;
		this.clock = clock;
	}

	/** A key as listed to administrators: never its secret. */
	public record ApiKey(UUID id, String name, String prefix, Set<Role> scopes, UUID createdBy, Instant createdAt,
			Instant expiresAt, @Nullable Instant lastUsedAt, @Nullable Instant revokedAt) {

		public boolean usable(Instant now) {
			return revokedAt == null && now.isBefore(expiresAt);
		}
	}

	/** A key just created, with the secret its creator sees this one time. */
	public record CreatedApiKey(ApiKey key, String secret) {
	}

	/** Stores a new key; the caller checks the permission and publishes the event. */
	public CreatedApiKey create(UUID tenantId, UUID createdBy, String name, Set<Role> scopes, Instant expiresAt) {
		String secret = PREFIX + Secrets.newSecret();
		UUID id = Ids.newId(clock);
		Instant now = clock.instant();
		jdbc.sql("""
				INSERT INTO accounts_api_key (id, tenant_id, created_by, name, prefix, key_hash, scopes, created_at, expires_at)
				VALUES (:id, :tenant, :creator, :name, :prefix, :hash, CAST(:scopes AS VARCHAR(10)[]), :now, :expires)""")
			.param("id", id)
			.param("tenant", tenantId)
			.param("creator", createdBy)
			.param("name", name)
			.param("prefix", secret.substring(0, VISIBLE))
			.param("hash", Secrets.hash(secret))
			.param("scopes", Rows.roles(scopes))
			.param("now", Rows.at(now))
			.param("expires", Rows.at(expiresAt))
			.update();
		return new CreatedApiKey(new ApiKey(id, name, secret.substring(0, VISIBLE), scopes, createdBy, now, expiresAt,
				null, null), secret);
	}

	public List<ApiKey> list(UUID tenantId) {
		return jdbc.sql("SELECT * FROM accounts_api_key WHERE tenant_id = :tenant ORDER BY created_at DESC")
			.param("tenant", tenantId)
			.query((rs, n) -> key(rs))
			.list();
	}

	public Optional<ApiKey> find(UUID tenantId, UUID id) {
		return jdbc.sql("SELECT * FROM accounts_api_key WHERE tenant_id = :tenant AND id = :id")
			.param("tenant", tenantId)
			.param("id", id)
			.query((rs, n) -> key(rs))
			.optional();
	}

	/** Revokes the key; false when it was revoked already. */
	public boolean revoke(UUID tenantId, UUID id) {
		return jdbc.sql("""
				UPDATE accounts_api_key SET revoked_at = :now
				WHERE tenant_id = :tenant AND id = :id AND revoked_at IS NULL""")
			.param("now", Rows.at(clock.instant()))
			.param("tenant", tenantId)
			.param("id", id)
			.update() == 1;
	}

	Optional<CallerAuthentication> authenticate(String secret, @Nullable String address) {
		return transactions.execute(status -> {
			Instant now = clock.instant();
			record Found(UUID id, UUID tenantId, UUID createdBy, String prefix, Set<Role> scopes,
					@Nullable Instant lastUsedAt) {
			}
			Optional<Found> found = jdbc.sql("""
					SELECT id, tenant_id, created_by, prefix, scopes, last_used_at FROM accounts_api_key
					WHERE key_hash = :hash AND revoked_at IS NULL AND expires_at > :now""")
				.param("hash", Secrets.hash(secret))
				.param("now", Rows.at(now))
				.query((rs, n) -> new Found(rs.getObject("id", UUID.class), rs.getObject("tenant_id", UUID.class),
						rs.getObject("created_by", UUID.class), rs.getString("prefix"), Rows.roles(rs, "scopes"),
						Rows.instant(rs, "last_used_at")))
				.optional();
			return found.flatMap(key -> members.find(key.tenantId(), key.createdBy())
				.filter(member -> member.active())
				.map(member -> {
					if (key.lastUsedAt() == null || !now.isBefore(key.lastUsedAt().plus(RECORD_USE_EVERY))) {
						jdbc.sql("UPDATE accounts_api_key SET last_used_at = :now WHERE id = :id")
							.param("now", Rows.at(now))
							.param("id", key.id())
							.update();
						events.publishEvent(new AccountEvent.ApiKeyUsed(key.tenantId(), key.id(), key.prefix(), address,
								now));
					}
					EnumSet<Role> roles = EnumSet.noneOf(Role.class);
					key.scopes().stream().filter(scope -> within(scope, member.roles())).forEach(roles::add);
					return new CallerAuthentication(new dev.katib.accounts.Caller(member.tenantId(), member.id(),
							"api-key " + key.prefix(), roles, java.util.Locale.forLanguageTag(member.language()),
							address));
				}));
		});
	}

	/** Whether whoever holds these roles may do all a key scoped to this role may: an owner may act as a writer. */
	static boolean within(Role scope, java.util.Set<Role> holder) {
		return java.util.Arrays.stream(dev.katib.accounts.Permission.values())
			.filter(permission -> permission.isGrantedTo(java.util.Set.of(scope)))
			.allMatch(permission -> permission.isGrantedTo(holder));
	}

	private static ApiKey key(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new ApiKey(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("prefix"),
				Rows.roles(rs, "scopes"), rs.getObject("created_by", UUID.class), Rows.instant(rs, "created_at"),
				Rows.instant(rs, "expires_at"), Rows.instant(rs, "last_used_at"), Rows.instant(rs, "revoked_at"));
	}
}
