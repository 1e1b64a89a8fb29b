package dev.katib.platform.secrets;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.AesGcmKey;
import com.google.crypto.tink.aead.AesGcmParameters;
import com.google.crypto.tink.util.SecretBytes;
import dev.katib.platform.Hashes;

/**
 * The master keys as one Tink keyset: the first key is primary and seals, every key opens what it
 * sealed. A key's id is derived from the key itself, so listing the keys in another order or on
 * another instance never changes which key a ciphertext names.
 *
 * @param aead the keyset's AEAD primitive
 * @param primaryId the id of the key that seals
 */
record MasterKeys(Aead aead, int primaryId) {

	static final int KEY_BYTES = 32;

	static MasterKeys of(List<String> encodedKeys, String source) {
		if (encodedKeys.isEmpty()) {
			throw new IllegalStateException(source + " holds no encryption key");
		}
		try {
			AeadConfig.register();
			AesGcmParameters parameters = AesGcmParameters.builder()
				.setKeySizeBytes(KEY_BYTES)
				.setIvSizeBytes(12)
				.setTagSizeBytes(16)
				.setVariant(AesGcmParameters.Variant.TINK)
				.build();
			KeysetHandle.Builder keyset = KeysetHandle.newBuilder();
			Set<Integer> ids = new HashSet<>();
			int primaryId = 0;
			for (int i = 0; i < encodedKeys.size(); i++) {
				byte[] bytes = decode(encodedKeys.get(i), i + 1, source);
				int id = idOf(bytes);
				if (!ids.add(id)) {
					throw new IllegalStateException(source + " lists the same key twice (key " + (i + 1) + ")");
				}
				AesGcmKey key = AesGcmKey.builder()
					.setParameters(parameters)
					.setKeyBytes(SecretBytes.copyFrom(bytes, InsecureSecretKeyAccess.get()))
					.setIdRequirement(id)
					.build();
				KeysetHandle.Builder.Entry entry = KeysetHandle.importKey(key).withFixedId(id);
				if (i == 0) {
					entry.makePrimary();
					primaryId = id;
				}
				keyset.addEntry(entry);
			}
			Aead aead = keyset.build().getPrimitive(RegistryConfiguration.get(), Aead.class);
			return new MasterKeys(aead, primaryId);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("The encryption keys in " + source + " cannot be used: " + ex.getMessage(),
					ex);
		}
	}

	/** Parses the comma- or line-separated form of {@code KATIB_ENCRYPTION_KEY} and the key file. */
	static List<String> split(String keys) {
		return java.util.Arrays.stream(keys.split("[,\\s]+")).filter(k -> !k.isBlank()).toList();
	}

	/** Where the id of the master key sits in a Tink ciphertext: after its one version byte. */
	static int keyIdOf(byte[] masterCiphertext) {
		return masterCiphertext.length < 5 ? 0 : ByteBuffer.wrap(masterCiphertext, 1, 4).getInt();
	}

	private static byte[] decode(String encoded, int position, String source) {
		byte[] bytes;
		try {
			bytes = Base64.getDecoder().decode(encoded.trim());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException("Key " + position + " in " + source + " is not base64", ex);
		}
		if (bytes.length != KEY_BYTES) {
			throw new IllegalStateException("Key " + position + " in " + source + " has " + bytes.length
					+ " bytes; each key must be 32 random bytes in base64 (openssl rand -base64 32)");
		}
		return bytes;
	}

	private static int idOf(byte[] key) throws GeneralSecurityException {
		byte[] digest = Hashes.sha256(key);
		int id = ByteBuffer.wrap(digest).getInt();
		return id == 0 ? 1 : id;
	}
}
