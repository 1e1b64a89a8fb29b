package dev.katib.accounts.tokens;

import java.time.Duration;
import java.util.Collection;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.katib.accounts.configuration.AccountsProperties;
import dev.katib.platform.SharedMarks;

/**
 * Which API sign-ins (refresh-token families) were revoked, so that their access tokens stop working
 * at once rather than when they expire: checked on every request by the token's {@code sid}. With
 * Redis ({@code KATIB_REDIS_URL}) a revocation is a mark that lives as long as an access token does;
 * without it, the refresh tokens' own {@code revoked_at} is read.
 */
@Component
class RevokedSessions {

	private static final Duration CLOCK_SKEW = Duration.ofSeconds(30);

	private final JdbcClient jdbc;
	private final SharedMarks marks;
	private final Duration accessTokenLifetime;

	RevokedSessions(JdbcClient jdbc, SharedMarks marks, AccountsProperties properties) {
		this.jdbc = jdbc;
		this.marks = marks;
		this.accessTokenLifetime = properties.tokens().accessTokenLifetime().plus(CLOCK_SKEW);
	}

	/** Records that these sign-ins were revoked; their refresh tokens are revoked by the caller. */
	void revoked(Collection<UUID> families) {
		if (marks.shared()) {
			families.forEach(family -> marks.mark(key(family), accessTokenLifetime));
		}
	}

	boolean isRevoked(UUID family) {
		if (marks.shared()) {
			return marks.marked(key(family));
		}
		return jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM accounts_refresh_token WHERE family_id = :family AND revoked_at IS NOT NULL)""")
			.param("family", family)
			.query(Boolean.class)
			.single();
	}

	private static String key(UUID family) {
		return "revoked-session:" + family;
	}
}
