package dev.katib.letters;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.katib.platform.Hashes;
import dev.katib.platform.KatibException;
import dev.katib.platform.ProblemType;

/**
 * The Idempotency-Keys of the requests that opened letters, per member: a retry with the same key and the same
 * request gets the letter the first request opened; the same key with another request is refused.
 */
@Component
class IdempotencyKeys {

	static final int MAX_LENGTH = 200;

	private final JdbcClient jdbc;
	private final Clock clock;

	IdempotencyKeys(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The key checked for its length. */
	static String checked(String key) {
		String stripped = key.strip();
		if (stripped.isEmpty() || stripped.length() > MAX_LENGTH) {
			throw new KatibException(ProblemType.VALIDATION_FAILED,
					"The Idempotency-Key must be 1 to " + MAX_LENGTH + " characters long.",
					Map.of("field", "Idempotency-Key"));
		}
		return stripped;
	}

	/**
	 * The letter a request with this key opened before.
	 *
	 * @throws KatibException when the key was used with another request
	 */
	Optional<UUID> letterOf(UUID tenantId, UUID userId, String key, String requestHash) {
		return jdbc.sql("""
				SELECT letter_id, request_hash FROM letters_idempotency_key
				WHERE tenant_id = :tenantId AND user_id = :userId AND key = :key""")
			.param("tenantId", tenantId)
			.param("userId", userId)
			.param("key", key)
			.query((rs, row) -> new Stored(rs.getObject("letter_id", UUID.class), rs.getString("request_hash")))
			.optional()
			.map(stored -> {
				if (!stored.requestHash().equals(requestHash)) {
					throw new KatibException(LetterProblems.KEY_REUSED,
							"This Idempotency-Key was already used for a different letter request. Use a new key "
									+ "for a new letter.",
							Map.of("field", "Idempotency-Key"));
				}
				return stored.letterId();
			});
	}

	/**
	 * Records that a request with this key opened the letter, in the transaction that opened it. When another
	 * request with the same key got there first, nothing is recorded and false is returned: that transaction
	 * must be rolled back.
	 */
	boolean remember(UUID tenantId, UUID userId, String key, String requestHash, UUID letterId) {
		return jdbc.sql("""
				INSERT INTO letters_idempotency_key (tenant_id, user_id, key, request_hash, letter_id, created_at)
				VALUES (:tenantId, :userId, :key, :hash, :letterId, :now)
				ON CONFLICT (tenant_id, user_id, key) DO NOTHING""")
			.param("tenantId", tenantId)
			.param("userId", userId)
			.param("key", key)
			.param("hash", requestHash)
			.param("letterId", letterId)
			.param("now", Timestamp.from(clock.instant()))
			.update() == 1;
	}

	/** A digest of everything the request asked for. */
	static String hash(DraftLetter request) {
		String canonical = String.join("\u0000", request.category(), request.language().code(),
				Objects.toString(request.recipientId()), recipient(request.recipient()), request.request(),
				Objects.toString(request.replyTo()), Objects.toString(request.followsUp()));
		return Hashes.sha256Hex(canonical);
	}

	private static String recipient(@Nullable RecipientInput recipient) {
		if (recipient == null) {
			return "-";
		}
		return String.join("\u0001", Objects.toString(recipient.name()), Objects.toString(recipient.honorific()),
				Objects.toString(recipient.jobTitle()), Objects.toString(recipient.gender()),
				Objects.toString(recipient.organisation()));
	}

	private record Stored(UUID letterId, String requestHash) {
	}
}
