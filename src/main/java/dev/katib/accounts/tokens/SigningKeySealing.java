package dev.katib.accounts.tokens;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.katib.platform.SecretBox;
import dev.katib.platform.SecretResealing;

/** Seals the token signing keys again under the current master key after a rotation. */
@Component
class SigningKeySealing implements SecretResealing {

	private final JdbcClient jdbc;

	SigningKeySealing(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String what() {
		return "token signing keys";
	}

	@Override
	@Transactional
	public int resealAll(SecretBox box) {
		record Sealed(String kid, byte[] key) {
		}
		List<Sealed> keys = jdbc.sql("SELECT kid, private_key_sealed FROM accounts_signing_key FOR UPDATE")
			.query((rs, n) -> new Sealed(rs.getString(1), rs.getBytes(2)))
			.list();
		int changed = 0;
		for (Sealed key : keys) {
			if (box.sealedWithCurrentKey(key.key())) {
				continue;
			}
			String purpose = SigningKeys.purpose(key.kid());
			jdbc.sql("UPDATE accounts_signing_key SET private_key_sealed = :sealed WHERE kid = :kid")
				.param("sealed", box.seal(box.open(key.key(), purpose), purpose))
				.param("kid", key.kid())
				.update();
			changed++;
		}
		return changed;
	}
}
