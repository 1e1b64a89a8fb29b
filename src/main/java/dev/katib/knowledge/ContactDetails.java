package dev.katib.knowledge;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import dev.katib.platform.Inputs;

/**
 * A recipient's e-mail address and telephone number, checked as people type them.
 *
 * @param email an address with one {@code @} and a dotted domain, or null
 * @param phone digits with spaces, dashes, brackets and an optional leading {@code +}, or null
 */
record ContactDetails(@Nullable String email, @Nullable String phone) {

	static final int MAX_EMAIL = 254;

	static final int MAX_PHONE = 32;

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");

	private static final Pattern PHONE = Pattern.compile("\\+?[0-9٠-٩][0-9٠-٩ ()\\-]{3,30}");

	ContactDetails {
		email = Inputs.optional(email, "email", MAX_EMAIL);
		if (email != null && !EMAIL.matcher(email).matches()) {
			throw Inputs.invalid("email", "The e-mail address is not valid.");
		}
		phone = Inputs.optional(phone, "phone", MAX_PHONE);
		if (phone != null && !PHONE.matcher(phone).matches()) {
			throw Inputs.invalid("phone", "A telephone number is digits, spaces, dashes and brackets, with an optional leading +.");
		}
	}
}
