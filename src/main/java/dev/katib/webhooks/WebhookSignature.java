package dev.katib.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and checks webhook messages by the Standard Webhooks specification: the
 * {@code webhook-signature} header is {@code v1,} and the base64 HMAC-SHA256, under the endpoint's
 * {@code whsec_} secret, of {@code webhook-id.webhook-timestamp.body}. Receivers may hold several
 * space-separated signatures while a secret is rotated.
 */
final class WebhookSignature {

	static final String SECRET_PREFIX = "whsec_";

	private WebhookSignature() {
	}

	/** A new endpoint secret: 24 random bytes, base64, with the {@code whsec_} prefix. */
	static String newSecret(SecureRandom random) {
		byte[] key = new byte[24];
		random.nextBytes(key);
		return SECRET_PREFIX + Base64.getEncoder().encodeToString(key);
	}

	/** The {@code webhook-signature} header value for this message. */
	static String sign(String secret, String messageId, long timestampSeconds, byte[] body) {
		return "v1," + Base64.getEncoder().encodeToString(mac(secret, messageId, timestampSeconds, body));
	}

	/** Whether one of the header's signatures is this message's, compared in constant time. */
	static boolean verify(String secret, String messageId, long timestampSeconds, byte[] body, String header) {
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
