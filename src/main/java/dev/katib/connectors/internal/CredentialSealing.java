package dev.katib.connectors.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.katib.platform.SecretBox;
import dev.katib.platform.SecretResealing;

/** Seals the connector credentials and webhook secrets again under the current master key. */
@Component
class CredentialSealing implements SecretResealing {

	private final JdbcClient jdbc;

	CredentialSealing(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String what() {
		return "connector credentials";
	}

	@Override
	@Transactional
	public int resealAll(SecretBox box) {
		record Sealed(UUID id, byte[] sealed) {
		}
		int changed = 0;
		List<Sealed> credentials = jdbc
			.sql("SELECT id, credential_sealed FROM connectors_source WHERE credential_sealed IS NOT NULL FOR UPDATE")
			.query((rs, n) -> new Sealed(rs.getObject(1, UUID.class), rs.getBytes(2)))
			.list();
		for (Sealed credential : credentials) {
			if (!box.sealedWithCurrentKey(credential.sealed())) {
				String purpose = SourceRows.purpose(credential.id());
				jdbc.sql("UPDATE connectors_source SET credential_sealed = :sealed WHERE id = :id")
					.param("sealed", box.seal(box.open(credential.sealed(), purpose), purpose))
					.param("id", credential.id())
					.update();
				changed++;
			}
		}
		record Secret(String webhookId, byte[] sealed) {
		}
		List<Secret> secrets = jdbc.sql("SELECT webhook_id, mac_secret_sealed FROM connectors_webhook FOR UPDATE")
			.query((rs, n) -> new Secret(rs.getString(1), rs.getBytes(2)))
			.list();
		for (Secret secret : secrets) {
			if (!box.sealedWithCurrentKey(secret.sealed())) {
				String purpose = WebhookRows.purpose(secret.webhookId());
				jdbc.sql("UPDATE connectors_webhook SET mac_secret_sealed = :sealed WHERE webhook_id = :id")
					.param("sealed", box.seal(box.open(secret.sealed(), purpose), purpose))
					.param("id", secret.webhookId())
					.update();
				changed++;
			}
		}
		return changed;
	}
}
