package dev.katib.connectors.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import dev.katib.connectors.SourcesClient;
import dev.katib.platform.SecretBox;
import dev.katib.platform.secrets.TestSecretBoxes;
import dev.katib.support.FakeAirtable;
import dev.katib.support.IntegrationTest;
import dev.katib.support.TestDatabase;

class CredentialSealingIntegrationTests extends IntegrationTest {

	@Autowired
	CredentialSealing sealing;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void afterAKeyRotationEveryCredentialIsSealedAgainUnderTheNewKeyAndStillOpens() throws Exception {
		FakeAirtable airtable = FakeAirtable.shared();
		var base = airtable.base("Sealed");
		base.table("T", dev.katib.support.FakeBase.field("Name", "singleLineText"));
		String token = airtable.token(base);
		var organisation = accounts.organisation();
		UUID source = UUID.fromString(new SourcesClient(baseUrl(), accounts).connectAirtable(organisation.owner(), token));
		String current = Files.readString(TestDatabase.get().dataDir().resolve("secrets/master.key")).trim();
		byte[] fresh = new byte[32];
		new SecureRandom().nextBytes(fresh);
		String next = Base64.getEncoder().encodeToString(fresh);

		transactions.executeWithoutResult(status -> {
			status.setRollbackOnly();
			assertThat(sealing.resealAll(TestSecretBoxes.withKeys(next, current))).isPositive();
			assertThat(sealing.resealAll(TestSecretBoxes.withKeys(next, current))).isZero();
			SecretBox onlyNew = TestSecretBoxes.withKeys(next);
			byte[] sealed = jdbc.sql("SELECT credential_sealed FROM connectors_source WHERE id = :id").param("id", source)
				.query(byte[].class).single();
			assertThat(onlyNew.openText(sealed, SourceRows.purpose(source))).isEqualTo(token);
		});
	}
}
