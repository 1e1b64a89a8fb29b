package dev.katib.accounts.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionTemplate;

import dev.katib.platform.SecretBox;
import dev.katib.platform.secrets.TestSecretBoxes;
import dev.katib.support.IntegrationTest;
import dev.katib.support.TestDatabase;

class SealedSigningKeysIntegrationTests extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	SecretBox box;

	@Autowired
	SigningKeys signingKeys;

	@Autowired
	SigningKeySealing sealing;

	@Autowired
	javax.sql.DataSource dataSource;

	@Test
	void theDatabaseHoldsNoPrivateKeyInPlainForm() {
		var signing = signingKeys.signingKey();
		byte[] modulus = signing.getModulus().decode();

		List<byte[]> stored = jdbc.sql("SELECT private_key_sealed FROM accounts_signing_key").query(byte[].class).list();

		assertThat(stored).isNotEmpty().allSatisfy(sealed -> {
			assertThat(Base64.getEncoder().encodeToString(sealed))
				.doesNotContain(Base64.getEncoder().encodeToString(java.util.Arrays.copyOfRange(modulus, 8, 40)));
			assertThat(box.sealedWithCurrentKey(sealed)).isTrue();
		});
		assertThat(accounts.token(accounts.organisation().owner())).isNotBlank();
	}

	@Test
	void theMigrationSealsTheKeysEarlierVersionsStoredInPlainForm() {
		transactions.executeWithoutResult(status -> {
			status.setRollbackOnly();
			jdbc.sql("ALTER TABLE accounts_signing_key ADD COLUMN private_key BYTEA").update();
			jdbc.sql("""
					INSERT INTO accounts_signing_key (kid, algorithm, private_key, private_key_sealed, public_key, created_at, retire_at)
					VALUES ('legacy-key', 'RS256', :plain, '', '', now(), now())""")
				.param("plain", new byte[] { 1, 2, 3, 4 })
				.update();
			try {
				int sealed = V20261203083501__accounts_seal_signing_keys
					.sealPlainKeys(DataSourceUtils.getConnection(dataSource), box);

				assertThat(sealed).isEqualTo(1);
				byte[] stored = jdbc.sql("SELECT private_key_sealed FROM accounts_signing_key WHERE kid = 'legacy-key'")
					.query(byte[].class).single();
				assertThat(box.open(stored, SigningKeys.purpose("legacy-key"))).containsExactly(1, 2, 3, 4);
				assertThat(jdbc.sql("SELECT count(*) FROM accounts_signing_key WHERE private_key IS NOT NULL")
					.query(Long.class).single()).isZero();
			}
			catch (java.sql.SQLException ex) {
				throw new IllegalStateException(ex);
			}
		});
	}

	@Test
	void reencryptingAfterARotationSealsEveryKeyUnderTheNewKeyOnce() throws Exception {
		signingKeys.signingKey();
		String current = Files.readString(TestDatabase.get().dataDir().resolve("secrets/master.key")).trim();
		byte[] fresh = new byte[32];
		new SecureRandom().nextBytes(fresh);
		String next = Base64.getEncoder().encodeToString(fresh);
		SecretBox rotated = TestSecretBoxes.withKeys(next, current);

		transactions.executeWithoutResult(status -> {
			status.setRollbackOnly();
			long keys = jdbc.sql("SELECT count(*) FROM accounts_signing_key").query(Long.class).single();

			assertThat(sealing.resealAll(rotated)).isEqualTo((int) keys);
			assertThat(sealing.resealAll(rotated)).isZero();
			SecretBox onlyTheNewKey = TestSecretBoxes.withKeys(next);
			jdbc.sql("SELECT kid, private_key_sealed FROM accounts_signing_key")
				.query((rs, n) -> onlyTheNewKey.open(rs.getBytes(2), SigningKeys.purpose(rs.getString(1))))
				.list()
				.forEach(key -> assertThat(key).isNotEmpty());
		});
	}
}
