package dev.katib.platform;

/**
 * Encrypts the secrets Katib keeps at rest (connector credentials, token signing keys) with envelope
 * encryption: each secret under its own AES-256-GCM data key, the data key under the master key.
 * <p>
 * Every ciphertext is bound to its purpose (for example the row that holds it), so a ciphertext copied
 * into another row does not open there.
 */
public interface SecretBox {

	/** Encrypts the secret for this purpose under the current master key. */
	byte[] seal(byte[] secret, String purpose);

	/**
	 * Decrypts a sealed secret with whichever master key sealed it.
	 *
	 * @throws IllegalStateException when no configured master key opens it, or the purpose differs
	 */
	byte[] open(byte[] sealed, String purpose);

	/** Whether the secret was sealed under the current master key, so a re-encryption may skip it. */
	boolean sealedWithCurrentKey(byte[] sealed);

	default byte[] seal(String secret, String purpose) {
		return seal(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8), purpose);
	}

	default String openText(byte[] sealed, String purpose) {
		return new String(open(sealed, purpose), java.nio.charset.StandardCharsets.UTF_8);
	}

	/**
	 * How a secret may be shown anywhere (pages, API answers, logs, the audit trail): its last four
	 * characters only.
	 */
	static String masked(String secret) {
		String tail = secret.length() <= 4 ? "" : secret.substring(secret.length() - 4);
		return "••••" + tail;
	}
}
