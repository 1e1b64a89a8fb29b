package dev.katib.accounts.passwords;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.nulabinc.zxcvbn.Zxcvbn;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import dev.katib.platform.KatibException;
import dev.katib.platform.ProblemType;

/**
 * What a password must be (NIST SP 800-63B, OWASP ASVS 5.0 chapter 6): at least 12 characters and
 * at most 256, no composition rules, and not easy to guess: common passwords, keyboard patterns,
 * repetitions and the member's own name or e-mail are refused (zxcvbn score below 3).
 */
@Component
public class PasswordPolicy {

	public static final int MIN_LENGTH = 12;
	public static final int MAX_LENGTH = 256;
	/** zxcvbn slows down sharply on long input; the first characters decide whether it is guessable. */
	private static final int MEASURED_LENGTH = 64;
	private static final int MIN_SCORE = 3;

	private final Zxcvbn zxcvbn = new Zxcvbn();

	/** Why a password is refused; the UI shows a translated message for each. */
	public enum Weakness {
		TOO_SHORT, TOO_LONG, TOO_GUESSABLE
	}

	/**
	 * Checks a new password.
	 *
	 * @param context words the password must not be built from, such as the member's name and e-mail
	 * @throws KatibException {@code validation-failed} naming the field {@code password} and the weakness
	 */
	public void check(String password, String... context) {
		Weakness weakness = weakness(password, context);
		if (weakness != null) {
			throw refused(weakness);
		}
	}

	public @Nullable Weakness weakness(String password, String... context) {
		int length = password.codePointCount(0, password.length());
		if (length < MIN_LENGTH) {
			return Weakness.TOO_SHORT;
		}
		if (length > MAX_LENGTH) {
			return Weakness.TOO_LONG;
		}
		String measured = password.length() > MEASURED_LENGTH ? password.substring(0, MEASURED_LENGTH) : password;
		List<String> words = Arrays.stream(context).flatMap(word -> Arrays.stream(word.split("[\\s@._-]+")))
			.filter(word -> word.length() > 2)
			.toList();
		return zxcvbn.measure(measured, words).getScore() < MIN_SCORE ? Weakness.TOO_GUESSABLE : null;
	}

	static KatibException refused(Weakness weakness) {
		String message = switch (weakness) {
			case TOO_SHORT -> "must have at least " + MIN_LENGTH + " characters";
			case TOO_LONG -> "must have at most " + MAX_LENGTH + " characters";
			case TOO_GUESSABLE -> "is too common or too easy to guess; a few unrelated words make a strong one";
		};
		return new KatibException(ProblemType.VALIDATION_FAILED, "The password " + message + ".",
				Map.of("errors", List.of(Map.of("field", "password", "message", message, "code", weakness.name()))));
	}
}
