package dev.katib.platform.outbound;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and checks HTTP messages by the Standard Webhooks specification, for calls Katib makes and calls it
 * receives: the {@code webhook-signature} header is {@code v1,} and the base64 HMAC-SHA256, under a {@code whsec_}
 * secret, of {@code webhook-id.webhook-timestamp.body}; several space-separated signatures may be given while a
 * secret is rotated.
 */
public final class StandardWebhooks {

	public static final String ID = "webhook-id";
	public static final String TIMESTAMP = "webhook-timestamp";
	public static final String SIGNATURE = "webhook-signature";
	public static final String SECRET_PREFIX = "whsec_";

	private StandardWebhooks() {
	}

	/** A new secret: 24 random bytes, base64, with the {@code whsec_} prefix. */
	public static String newSecret(SecureRandom random) {
		byte[] key = new byte[24];
		random.nextBytes(key);
		return SECRET_PREFIX + Base64.getEncoder().encodeToString(key);
	}

	/** The {@code webhook-signature} header value for this message. */
	/** The three headers of a signed message. */
	public static java.util.Map<String, String> headers(String messageId, long timestampSeconds, String signature) {
		return java.util.Map.of(ID, messageId, TIMESTAMP, Long.toString(timestampSeconds), SIGNATURE, signature);
	}

	public static String sign(String secret, String messageId, long timestampSeconds, byte[] body) {
		return "v1," + Base64.getEncoder().encodeToString(mac(secret, messageId, timestampSeconds, body));
	}

	/** Whether one of the header's signatures is this message's, compared in constant time. */
	public static boolean verify(String secret, String messageId, long timestampSeconds, byte[] body, String header) {
		byte[] expected = mac(secret, messageId, timestampSeconds, body);
		for (String signature : header.trim().split(" +")) {
			if (signature.startsWith("v1,")) {
				try {
					if (MessageDigest.isEqual(expected, Base64.getDecoder().decode(signature.substring(3)))) {
						return true;
					}
				}
				catch (IllegalArgumentException notBase64) {
					// a malformed signature is simply not a match
				}
			}
		}
		return false;
	}

	private static byte[] mac(String secret, String messageId, long timestampSeconds, byte[] body) {
		if (!secret.startsWith(SECRET_PREFIX)) {
			throw new IllegalArgumentException("a webhook secret starts with " + SECRET_PREFIX);
		}
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring(SECRET_PREFIX.length())), "HmacSHA256"));
			mac.update((messageId + "." + timestampSeconds + ".").getBytes(StandardCharsets.UTF_8));
			return mac.doFinal(body);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("HMAC-SHA256 is not available", e);
		}
	}
}
