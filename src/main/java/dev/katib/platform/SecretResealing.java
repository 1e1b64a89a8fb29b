package dev.katib.platform;

/**
 * A store of sealed secrets that can seal them again under the current master key; the
 * {@code reencrypt-secrets} command runs every one after a key rotation.
 */
public interface SecretResealing {

	/** A short name for the operator, e.g. {@code connector credentials}. */
	String what();

	/** Seals again every secret not yet sealed under the current key; returns how many it changed. */
	int resealAll(SecretBox box);
}
