package dev.katib.accounts.tokens;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

import dev.katib.platform.SecretBox;

/**
 * Seals the signing keys that earlier versions stored in plain form, in the migration run that adds
 * the sealed column and drops the plain one, so a plain private key never outlives the upgrade.
 */
@Component
class V20261203083501__accounts_seal_signing_keys extends BaseJavaMigration {

	private final SecretBox box;

	V20261203083501__accounts_seal_signing_keys(SecretBox box) {
		this.box = box;
	}

	@Override
	public void migrate(Context context) throws SQLException {
		sealPlainKeys(context.getConnection(), box);
	}

	static int sealPlainKeys(Connection connection, SecretBox box) throws SQLException {
		record Plain(String kid, byte[] key) {
		}
		List<Plain> plain = new ArrayList<>();
		try (PreparedStatement select = connection.prepareStatement(
				"SELECT kid, private_key FROM accounts_signing_key WHERE private_key IS NOT NULL");
				ResultSet rows = select.executeQuery()) {
			while (rows.next()) {
				plain.add(new Plain(rows.getString(1), rows.getBytes(2)));
			}
		}
		try (PreparedStatement update = connection.prepareStatement(
				"UPDATE accounts_signing_key SET private_key_sealed = ?, private_key = NULL WHERE kid = ?")) {
			for (Plain key : plain) {
				update.setBytes(1, box.seal(key.key(), SigningKeys.purpose(key.kid())));
				update.setString(2, key.kid());
				update.executeUpdate();
			}
		}
		return plain.size();
	}
}
