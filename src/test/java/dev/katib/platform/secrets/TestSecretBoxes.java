package dev.katib.platform.secrets;

import java.util.List;

import dev.katib.platform.SecretBox;

/** Secret boxes over given master keys, for tests outside this package. */
public final class TestSecretBoxes {

	private TestSecretBoxes() {
	}

	public static SecretBox withKeys(String... base64Keys) {
		return new TinkSecretBox(MasterKeys.of(List.of(base64Keys), "test keys"));
	}
}
