package dev.katib.accounts.tokens;

import java.security.SecureRandom;
import java.util.Base64;
import dev.katib.platform.Hashes;

/**
 * Random secrets handed out once (refresh tokens, API keys, e-mailed links) and the SHA-256 hashes
 * they are stored as. They carry 256 random bits, so a fast hash is enough: nobody can guess one.
 */
public final class Secrets {

	private static final SecureRandom RANDOM = new SecureRandom();

	private Secrets() {
	}

	public static String newSecret() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	public static byte[] hash(String secret) {
		return Hashes.sha256(secret);
	}
}
