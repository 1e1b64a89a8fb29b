package dev.katib.letters.composing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The YAML text of Katib's own phrase bank, for tests that edit it as an organisation would. */
final class DefaultBankText {

	private DefaultBankText() {
	}

	static String arabic() {
		return read("ar");
	}

	static String english() {
		return read("en");
	}

	private static String read(String code) {
		try (InputStream in = DefaultBankText.class.getClassLoader()
			.getResourceAsStream("letters/phrases/" + code + ".yaml")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException(unreadable);
		}
	}
}
