package dev.katib.platform.secrets;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the master keys come from.
 *
 * @param key one or more base64-encoded 32-byte keys separated by commas ({@code KATIB_ENCRYPTION_KEY});
 * the first seals new secrets, the others only open older ones
 * @param keyFile a file holding the keys in the same form, one per line ({@code KATIB_ENCRYPTION_KEY_FILE});
 * used when {@code key} is empty, and generated there with owner-only permissions when it does not exist
 */
@ConfigurationProperties("katib.secrets")
record SecretsProperties(@Nullable String key, Path keyFile) {

	boolean keyGiven() {
		return key != null && !key.isBlank();
	}
}
