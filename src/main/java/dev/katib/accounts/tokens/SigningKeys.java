package dev.katib.accounts.tokens;

import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import dev.katib.accounts.configuration.AccountsProperties;
import dev.katib.accounts.members.Rows;
import dev.katib.platform.Ids;
import dev.katib.platform.SecretBox;

/**
 * The RSA keys that sign access tokens. A key is generated on first start and stored in the
 * database, so every instance signs and verifies with the same keys. After the rotation period a
 * new key takes over signing; the old one keeps verifying until the last token it signed has
 * expired, so a rotation never signs anybody out. Private keys are stored sealed by the platform's
 * {@link SecretBox}, bound to their key id.
 */
@Component
class SigningKeys {

	static final JWSAlgorithm ALGORITHM = JWSAlgorithm.RS256;
	private static final Duration RELOAD_AT_MOST_EVERY = Duration.ofSeconds(10);

	private final JdbcClient jdbc;
	private final TransactionTemplate transactions;
	private final Clock clock;
	private final Duration rotation;
	private final Duration overlap;
	private final SecretBox box;
	private final AtomicReference<Keys> keys = new AtomicReference<>();

	SigningKeys(JdbcClient jdbc, TransactionTemplate transactions, Clock clock, AccountsProperties properties,
			SecretBox box) {
		this.jdbc = jdbc;
		this.box = box;
		this.transactions = transactions;
		this.clock = clock;
		this.rotation = properties.tokens().signingKeyRotation();
		this.overlap = properties.tokens().accessTokenLifetime().plus(Duration.ofMinutes(5));
	}

	private record Keys(RSAKey signing, Instant signUntil, JWKSet verifying, Instant loadedAt) {
	}

	/** The key that signs new tokens now, rotating it first when it is due. */
	RSAKey signingKey() {
		Keys current = keys.get();
		if (current == null || !clock.instant().isBefore(current.signUntil())) {
			current = reload(true);
		}
		return current.signing();
	}

	/** Verification keys: every key not yet retired, reloaded when a token names an unknown one. */
	JWKSource<SecurityContext> verificationKeys() {
		return (JWKSelector selector, SecurityContext context) -> {
			Keys current = keys.get() == null ? reload(true) : keys.get();
			List<JWK> found = selector.select(current.verifying());
			if (found.isEmpty() && clock.instant().isAfter(current.loadedAt().plus(RELOAD_AT_MOST_EVERY))) {
				found = selector.select(reload(false).verifying());
			}
			return found;
		};
	}

	/** Forces the next token to be signed with a new key; the old keys keep verifying for the overlap. */
	void rotateNow() {
		transactions.executeWithoutResult(status -> {
			lock();
			retireSigningKeys(clock.instant());
			generate(clock.instant());
		});
		reload(false);
	}

	private Keys reload(boolean rotateIfDue) {
		Keys loaded = transactions.execute(status -> {
			Instant now = clock.instant();
			if (rotateIfDue) {
				lock();
				if (newestCreatedAt().map(created -> !now.isBefore(created.plus(rotation))).orElse(true)) {
					retireSigningKeys(now);
					generate(now);
				}
			}
			List<StoredKey> stored = jdbc.sql("""
					SELECT kid, private_key_sealed, public_key, created_at FROM accounts_signing_key
					WHERE retire_at IS NULL OR retire_at > :now ORDER BY created_at DESC""")
				.param("now", Rows.at(now))
				.query((rs, n) -> new StoredKey(rs.getString("kid"),
						box.open(rs.getBytes("private_key_sealed"), purpose(rs.getString("kid"))),
						rs.getBytes("public_key"), Rows.instant(rs, "created_at")))
				.list();
			StoredKey newest = stored.getFirst();
			List<JWK> verifying = stored.stream().map(key -> (JWK) key.toJwk().toPublicJWK()).toList();
			return new Keys(newest.toJwk(), newest.createdAt().plus(rotation), new JWKSet(verifying), now);
		});
		keys.set(loaded);
		return loaded;
	}

	private java.util.Optional<Instant> newestCreatedAt() {
		return jdbc.sql("SELECT max(created_at) AS newest FROM accounts_signing_key WHERE retire_at IS NULL")
			.query((rs, n) -> java.util.Optional.ofNullable(Rows.instant(rs, "newest")))
			.single();
	}

	private void lock() {
		jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('accounts_signing_key'))").query().singleRow();
	}

	private void retireSigningKeys(Instant now) {
		jdbc.sql("UPDATE accounts_signing_key SET retire_at = :retire WHERE retire_at IS NULL")
			.param("retire", Rows.at(now.plus(overlap)))
			.update();
	}

	private void generate(Instant now) {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			KeyPair pair = generator.generateKeyPair();
			String kid = Ids.newId(clock).toString();
			jdbc.sql("""
					INSERT INTO accounts_signing_key (kid, algorithm, private_key_sealed, public_key, created_at)
					VALUES (:kid, :alg, :private, :public, :now)""")
				.param("kid", kid)
				.param("alg", ALGORITHM.getName())
				.param("private", box.seal(pair.getPrivate().getEncoded(), purpose(kid)))
				.param("public", pair.getPublic().getEncoded())
				.param("now", Rows.at(now))
				.update();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("This JVM cannot generate RSA keys", ex);
		}
	}

	/** What a sealed private key is bound to: its own key id, so it opens in no other row. */
	static String purpose(String kid) {
		return "accounts.signing-key:" + kid;
	}

	private record StoredKey(String kid, byte[] privateKey, byte[] publicKey, Instant createdAt) {

		RSAKey toJwk() {
			try {
				KeyFactory factory = KeyFactory.getInstance("RSA");
				RSAPublicKey publicKey = (RSAPublicKey) factory.generatePublic(new X509EncodedKeySpec(this.publicKey));
				RSAPrivateKey privateKey = (RSAPrivateKey) factory
					.generatePrivate(new PKCS8EncodedKeySpec(this.privateKey));
				return new RSAKey.Builder(publicKey).privateKey(privateKey)
					.keyID(kid)
					.algorithm(ALGORITHM)
					.keyUse(KeyUse.SIGNATURE)
					.build();
			}
			catch (NoSuchAlgorithmException | InvalidKeySpecException ex) {
				throw new IllegalStateException("Signing key " + kid + " cannot be read", ex);
			}
		}
	}
}
