package dev.katib.archive.internal;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Verification codes: 16 characters of Crockford's base32 (80 random bits, unguessable), read
 * forgivingly: case, dashes and spaces do not matter, and O, I and L read as 0, 1 and 1.
 */
final class VerificationCodeFormat {

	private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
	private static final int LENGTH = 16;
	private static final Pattern CANONICAL = Pattern.compile("[0-9A-HJKMNP-TV-Z]{" + LENGTH + "}");
	private static final SecureRandom RANDOM = new SecureRandom();

	private VerificationCodeFormat() {
	}

	static String newCode() {
		char[] code = new char[LENGTH];
		for (int i = 0; i < LENGTH; i++) {
			code[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
		}
		return new String(code);
	}

	/** The canonical form of what a person typed or a QR code carried, if it can be a code at all. */
	static Optional<String> canonical(String typed) {
		if (typed.length() > 64) {
			return Optional.empty();
		}
		String code = typed.toUpperCase(Locale.ROOT)
			.replaceAll("[\\s-]", "")
			.replace('O', '0')
			.replace('I', '1')
			.replace('L', '1');
		return CANONICAL.matcher(code).matches() ? Optional.of(code) : Optional.empty();
	}
}
