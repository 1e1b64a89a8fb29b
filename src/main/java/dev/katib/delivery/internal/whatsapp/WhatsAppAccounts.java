package dev.katib.delivery.internal.whatsapp;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import dev.katib.platform.SecretBox;
import dev.katib.platform.SecretResealing;

/** The organisations' WhatsApp accounts, their token and app secret sealed, each bound to its organisation. */
@Repository
class WhatsAppAccounts implements SecretResealing {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;
	private final SecretBox box;
	private final Clock clock;

	WhatsAppAccounts(JdbcClient jdbc, SecretBox box, Clock clock) {
		this.jdbc = jdbc;
		this.box = box;
		this.clock = clock;
	}

	/** What may be shown of an account: no secret but the token's last four characters. */
	record Shown(String apiUrl, String phoneNumberId, String tokenHint, String callbackId, String verifyToken) {
	}

	Optional<WhatsAppAccount> find(UUID tenantId) {
		return jdbc.sql("SELECT * FROM delivery_whatsapp WHERE tenant_id = :tenant")
			.param("tenant", tenantId)
			.query((rs, n) -> new WhatsAppAccount(rs.getString("api_url"), rs.getString("phone_number_id"),
					open(rs.getBytes("token_sealed"), "token", tenantId), open(rs.getBytes("app_secret_sealed"), "app-secret",
							tenantId), rs.getString("callback_id"), rs.getString("verify_token")))
			.optional();
	}

	Optional<Shown> shown(UUID tenantId) {
		return jdbc.sql("SELECT api_url, phone_number_id, token_hint, callback_id, verify_token FROM delivery_whatsapp "
				+ "WHERE tenant_id = :tenant")
			.param("tenant", tenantId)
			.query((rs, n) -> new Shown(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
			.optional();
	}

	/** The organisation whose callback URL has this name. */
	Optional<UUID> byCallback(String callbackId) {
		return jdbc.sql("SELECT tenant_id FROM delivery_whatsapp WHERE callback_id = :callback")
			.param("callback", callbackId)
			.query(UUID.class)
			.optional();
	}

	/** Saves the account; a secret left out keeps the one saved before. */
	@Transactional
	void save(UUID tenantId, String apiUrl, String phoneNumberId, @Nullable String token, @Nullable String appSecret) {
		Optional<WhatsAppAccount> before = find(tenantId);
		String keptToken = token != null ? token : before.map(WhatsAppAccount::token).orElseThrow();
		String keptSecret = appSecret != null ? appSecret : before.map(WhatsAppAccount::appSecret).orElseThrow();
		jdbc.sql("""
				INSERT INTO delivery_whatsapp (tenant_id, api_url, phone_number_id, token_sealed, token_hint,
				  app_secret_sealed, callback_id, verify_token, updated_at)
				VALUES (:tenant, :api, :phone, :token, :hint, :secret, :callback, :verify, :now)
				ON CONFLICT (tenant_id) DO UPDATE SET api_url = EXCLUDED.api_url, phone_number_id = EXCLUDED.phone_number_id,
				  token_sealed = EXCLUDED.token_sealed, token_hint = EXCLUDED.token_hint,
				  app_secret_sealed = EXCLUDED.app_secret_sealed, updated_at = EXCLUDED.updated_at""")
			.param("tenant", tenantId)
			.param("api", apiUrl)
			.param("phone", phoneNumberId)
			.param("token", box.seal(keptToken, purpose("token", tenantId)))
			.param("hint", SecretBox.masked(keptToken))
			.param("secret", box.seal(keptSecret, purpose("app-secret", tenantId)))
			.param("callback", randomHex(16))
			.param("verify", randomHex(16))
			.param("now", Timestamp.from(clock.instant()))
			.update();
	}

	boolean remove(UUID tenantId) {
		return jdbc.sql("DELETE FROM delivery_whatsapp WHERE tenant_id = :tenant").param("tenant", tenantId).update() > 0;
	}

	@Override
	public String what() {
		return "WhatsApp accounts";
	}

	@Override
	@Transactional
	public int resealAll(SecretBox current) {
		record Sealed(UUID tenant, byte[] token, byte[] secret) {
		}
		List<Sealed> all = jdbc.sql("SELECT tenant_id, token_sealed, app_secret_sealed FROM delivery_whatsapp FOR UPDATE")
			.query((rs, n) -> new Sealed(rs.getObject(1, UUID.class), rs.getBytes(2), rs.getBytes(3)))
			.list();
		int changed = 0;
		for (Sealed sealed : all) {
			if (!current.sealedWithCurrentKey(sealed.token()) || !current.sealedWithCurrentKey(sealed.secret())) {
				String token = purpose("token", sealed.tenant());
				String secret = purpose("app-secret", sealed.tenant());
				jdbc.sql("UPDATE delivery_whatsapp SET token_sealed = :token, app_secret_sealed = :secret WHERE tenant_id = :tenant")
					.param("token", current.seal(current.open(sealed.token(), token), token))
					.param("secret", current.seal(current.open(sealed.secret(), secret), secret))
					.param("tenant", sealed.tenant())
					.update();
				changed++;
			}
		}
		return changed;
	}

	private String open(byte[] sealed, String what, UUID tenantId) {
		return new String(box.open(sealed, purpose(what, tenantId)), java.nio.charset.StandardCharsets.UTF_8);
	}

	private static String purpose(String what, UUID tenantId) {
		return "delivery.whatsapp." + what + ":" + tenantId;
	}

	private static String randomHex(int bytes) {
		byte[] random = new byte[bytes];
		RANDOM.nextBytes(random);
		return HexFormat.of().formatHex(random);
	}
}
