package dev.katib.platform;


import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;


/** Cleans and checks the texts people type into a drafting request or a recipient. */
public final class Inputs {

	private static final Pattern HORIZONTAL_SPACES = Pattern.compile("\\h+");

	private static final Pattern SPACED_LINE_BREAK = Pattern.compile(" *\\R *");

	private Inputs() {
	}

	/** Trimmed, with every run of spaces and tabs made one space; line breaks are kept. */
	public static String clean(String text) {
		String spaced = HORIZONTAL_SPACES.matcher(text.strip()).replaceAll(" ");
		return SPACED_LINE_BREAK.matcher(spaced).replaceAll("\n");
	}

	/** Cleaned, or null when absent or blank. */
	public static @Nullable String optional(@Nullable String text, String field, int maxLength) {
		if (text == null || text.isBlank()) {
			return null;
		}
		return within(clean(text), field, 1, maxLength);
	}

	/** Cleaned and between the limits, counted in characters as a person counts them. */
	public static String required(@Nullable String text, String field, int minLength, int maxLength) {
		if (text == null || text.isBlank()) {
			throw invalid(field, field + " is required.");
		}
		return within(clean(text), field, minLength, maxLength);
	}

	private static String within(String text, String field, int minLength, int maxLength) {
		int length = text.codePointCount(0, text.length());
		if (length < minLength || length > maxLength) {
			throw invalid(field, field + " must be between " + minLength + " and " + maxLength
					+ " characters long; it has " + length + ".");
		}
		return text;
	}

	public static KatibException invalid(String field, String detail) {
		return new KatibException(ProblemType.VALIDATION_FAILED, detail, Map.of("field", field));
	}
}
