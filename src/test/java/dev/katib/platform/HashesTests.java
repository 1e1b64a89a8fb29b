package dev.katib.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class HashesTests {

	@Test
	void fingerprintsTheKnownTestVectors() {
		assertThat(Hashes.sha256Hex("")).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
		assertThat(Hashes.sha256Hex("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	}

	@Test
	void fingerprintsArabicTextByItsUtf8Bytes() {
		assertThat(Hashes.sha256Hex("كاتب")).isEqualTo(Hashes.sha256Hex("كاتب".getBytes(StandardCharsets.UTF_8)))
			.hasSize(64);
		assertThat(Hashes.sha256("كاتب")).hasSize(32);
	}
}
