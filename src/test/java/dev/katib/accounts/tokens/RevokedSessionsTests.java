package dev.katib.accounts.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import dev.katib.accounts.configuration.AccountsProperties;
import dev.katib.platform.SharedMarks;

/** With Redis, revoked sign-ins are marked there for as long as an access token lives, and read from there. */
class RevokedSessionsTests {

	/** Marks kept in a map, as Redis keeps them; the database must not be asked. */
	static final class MapMarks implements SharedMarks {

		final Map<String, Duration> marks = new HashMap<>();

		@Override
		public boolean shared() {
			return true;
		}

		@Override
		public void mark(String key, Duration ttl) {
			marks.put(key, ttl);
		}

		@Override
		public boolean marked(String key) {
			return marks.containsKey(key);
		}
	}

	private final MapMarks marks = new MapMarks();
	private final JdbcClient noDatabase = JdbcClient.create(new DriverManagerDataSource("jdbc:none:there-is-none"));
	private final RevokedSessions revoked = new RevokedSessions(noDatabase, marks,
			new AccountsProperties(URI.create("http://localhost"), false,
					new AccountsProperties.Tokens("katib", "katib-api", Duration.ofMinutes(15), Duration.ofDays(30),
							Duration.ofDays(30)),
					new AccountsProperties.Session(Duration.ofMinutes(30), Duration.ofHours(12)),
					new AccountsProperties.Bootstrap(null, null, null, null, null), new AccountsProperties.Mail(null, 587, null,
							null, "katib@localhost", true), null));

	@Test
	void marksARevokedSignInForAsLongAsItsAccessTokensLive() {
		UUID family = UUID.randomUUID();

		revoked.revoked(List.of(family));

		assertThat(revoked.isRevoked(family)).isTrue();
		assertThat(revoked.isRevoked(UUID.randomUUID())).isFalse();
		assertThat(marks.marks).containsEntry("revoked-session:" + family, Duration.ofMinutes(15).plusSeconds(30));
	}
}
