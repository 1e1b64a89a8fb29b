package dev.katib.platform.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.katib.platform.SecretBox;

class TinkSecretBoxTests {

	private static final String TOKEN = "patK3yAirtable.0123456789abcdef";

	private final String oldKey = newKey();
	private final String newKey = newKey();

	@Test
	void opensWhatItSealedAndTheCiphertextShowsNothingOfTheSecret() {
		SecretBox box = box(oldKey);

		byte[] sealed = box.seal(TOKEN, "connectors.source:1");

		assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("0123456789abcdef");
		assertThat(box.openText(sealed, "connectors.source:1")).isEqualTo(TOKEN);
		assertThat(box.seal(TOKEN, "connectors.source:1")).isNotEqualTo(sealed);
	}

	@Test
	void aCiphertextOpensOnlyForItsOwnPurpose() {
		SecretBox box = box(oldKey);
		byte[] sealed = box.seal(TOKEN, "connectors.source:1");

		assertThatThrownBy(() -> box.open(sealed, "connectors.source:2")).isInstanceOf(IllegalStateException.class)
			.hasMessageNotContaining(TOKEN);
	}

	@Test
	void afterARotationOldCiphertextsStillOpenAndResealingMovesThemToTheNewKey() {
		byte[] sealedBefore = box(oldKey).seal(TOKEN, "p");
		SecretBox rotated = box(newKey, oldKey);

		assertThat(rotated.sealedWithCurrentKey(sealedBefore)).isFalse();
		assertThat(rotated.openText(sealedBefore, "p")).isEqualTo(TOKEN);

		byte[] resealed = rotated.seal(rotated.open(sealedBefore, "p"), "p");
		assertThat(rotated.sealedWithCurrentKey(resealed)).isTrue();
		assertThat(box(newKey).openText(resealed, "p")).isEqualTo(TOKEN);
		assertThatThrownBy(() -> box(newKey).open(sealedBefore, "p")).hasMessageContaining("KATIB_ENCRYPTION_KEY");
	}

	@Test
	void theOrderOfTheOlderKeysDoesNotMatter() {
		String third = newKey();
		byte[] sealed = box(third).seal(TOKEN, "p");

		assertThat(box(newKey, oldKey, third).openText(sealed, "p")).isEqualTo(TOKEN);
		assertThat(box(newKey, third, oldKey).openText(sealed, "p")).isEqualTo(TOKEN);
	}

	@Test
	void refusesAKeyOfTheWrongSizeNamingTheSetting() {
		String shortKey = Base64.getEncoder().encodeToString(new byte[16]);

		assertThatThrownBy(() -> MasterKeys.of(List.of(shortKey), "KATIB_ENCRYPTION_KEY"))
			.hasMessageContaining("KATIB_ENCRYPTION_KEY")
			.hasMessageContaining("32");
		assertThatThrownBy(() -> MasterKeys.of(List.of("not base64!"), "KATIB_ENCRYPTION_KEY"))
			.hasMessageContaining("base64");
	}

	@Test
	void generatesTheKeyFileOnceReadableByItsOwnerOnly(@TempDir Path data) throws Exception {
		Path file = data.resolve("secrets/master.key");

		List<String> first = MasterKeyFile.readOrCreate(file);
		List<String> again = MasterKeyFile.readOrCreate(file);

		assertThat(first).hasSize(1).isEqualTo(again);
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())))
			.isEqualTo("rwx------");
		byte[] sealed = new TinkSecretBox(MasterKeys.of(first, "file")).seal(TOKEN, "p");
		assertThat(new TinkSecretBox(MasterKeys.of(again, "file")).openText(sealed, "p")).isEqualTo(TOKEN);
	}

	@Test
	void showsOnlyTheLastFourCharacters() {
		assertThat(SecretBox.masked(TOKEN)).isEqualTo("••••cdef");
		assertThat(SecretBox.masked("abc")).isEqualTo("••••");
	}

	static SecretBox box(String... keys) {
		return new TinkSecretBox(MasterKeys.of(List.of(keys), "test keys"));
	}

	static String newKey() {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		return Base64.getEncoder().encodeToString(key);
	}
}
