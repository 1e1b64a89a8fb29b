package dev.katib.platform.secrets;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.aead.AesGcmParameters;
import com.google.crypto.tink.aead.KmsEnvelopeAead;

import dev.katib.platform.SecretBox;

/**
 * Envelope encryption with Tink: a fresh AES-256-GCM data key per secret, itself encrypted by the
 * master keyset. The ciphertext starts with the length of the encrypted data key, which names the
 * master key that sealed it.
 */
final class TinkSecretBox implements SecretBox {

	private final MasterKeys keys;
	private final Aead envelope;

	TinkSecretBox(MasterKeys keys) {
		this.keys = keys;
		try {
			AesGcmParameters dataKeys = AesGcmParameters.builder()
				.setKeySizeBytes(32)
				.setIvSizeBytes(12)
				.setTagSizeBytes(16)
				.setVariant(AesGcmParameters.Variant.NO_PREFIX)
				.build();
			this.envelope = KmsEnvelopeAead.create(dataKeys, keys.aead());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Tink cannot build the envelope encryption", ex);
		}
	}

	@Override
	public byte[] seal(byte[] secret, String purpose) {
		try {
			return envelope.encrypt(secret, purpose.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("A secret could not be sealed", ex);
		}
	}

	@Override
	public byte[] open(byte[] sealed, String purpose) {
		try {
			return envelope.decrypt(sealed, purpose.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("A stored secret cannot be opened: it was sealed for another purpose or "
					+ "under a master key that is no longer configured (KATIB_ENCRYPTION_KEY)", ex);
		}
	}

	@Override
	public boolean sealedWithCurrentKey(byte[] sealed) {
		if (sealed.length < 9) {
			return false;
		}
		int wrappedKeyLength = ByteBuffer.wrap(sealed, 0, 4).getInt();
		if (wrappedKeyLength < 5 || wrappedKeyLength > sealed.length - 4) {
			return false;
		}
		byte[] wrappedKey = java.util.Arrays.copyOfRange(sealed, 4, 4 + wrappedKeyLength);
		return MasterKeys.keyIdOf(wrappedKey) == keys.primaryId();
	}
}
