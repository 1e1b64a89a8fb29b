package dev.katib.letters;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The signature on a signed letter. Without an image, the letter is signed electronically with the signer's
 * name.
 *
 * @param signerId who signed
 * @param name the signer's name as it was when they signed
 * @param signedAt when, by the server's clock
 * @param jobTitle the signer's job title in the letter's language, as printed under their name, if they gave one
 * @param image the signer's signature image (PNG or JPEG) as it was when they signed, if they had one
 * @param stamp the signer's stamp image (PNG or JPEG) as it was when they signed, if they had one
 * @param versionNumber the version of the letter that was signed
 */
public record Signature(UUID signerId, String name, @Nullable String jobTitle, Instant signedAt, byte @Nullable [] image,
		byte @Nullable [] stamp, int versionNumber) {

	/** Whether the letter is signed with the signer's name only, marked as signed electronically. */
	public boolean electronic() {
		return image == null;
	}
}
