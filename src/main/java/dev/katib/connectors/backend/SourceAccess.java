package dev.katib.connectors.backend;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import dev.katib.connectors.SourceKind;
import dev.katib.platform.SecretBox;

/**
 * A data source opened for one operation: its credential in plain form, which never leaves the
 * backend and never appears in {@link #toString()}.
 *
 * @param sourceId the source
 * @param tenantId its organisation
 * @param name its name, for messages
 * @param kind its kind
 * @param credential the token or key; empty for built-in tables
 * @param settings kind-specific settings
 */
public record SourceAccess(UUID sourceId, UUID tenantId, String name, SourceKind kind, String credential,
		Map<String, String> settings) {

	public SourceAccess {
		settings = Map.copyOf(settings);
	}

	/** A stable, non-secret name of the credential, for caches and rate-limit keys. */
	public String credentialFingerprint() {
		return fingerprint(credential);
	}

	public @Nullable String setting(String key) {
		return settings.get(key);
	}

	public static String fingerprint(String credential) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(credential.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 12);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public String toString() {
		return "SourceAccess[" + sourceId + ", " + kind + ", " + name + ", credential=" + SecretBox.masked(credential)
				+ "]";
	}
}
