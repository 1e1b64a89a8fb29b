package dev.katib.automation.flows;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text with {@code {{Field name}}} merge fields, filled from an execution's fields: the record's fields by name,
 * and what earlier steps gave ({@code letter.id}, {@code letter.number}, {@code letter.status},
 * {@code letter.verification}). A value is data: braces in it are never read as further merge fields.
 */
final class MergeText {

	private static final Pattern FIELD = Pattern.compile("\\{\\{\\s*([^{}]{1,100}?)\\s*}}");

	/** The names an execution's steps give, which any automation may merge. */
	static final Set<String> STEP_FIELDS = Set.of(FlowFields.RECORD_ID, FlowFields.LETTER_ID,
			FlowFields.LETTER_NUMBER, FlowFields.LETTER_STATUS, FlowFields.LETTER_VERIFICATION, FlowFields.EXECUTION_ID);

	private MergeText() {
	}

	static Set<String> fields(String text) {
		Set<String> names = new LinkedHashSet<>();
		Matcher matcher = FIELD.matcher(text);
		while (matcher.find()) {
			names.add(matcher.group(1));
		}
		return names;
	}

	static String fill(String text, Map<String, String> values) {
		Matcher matcher = FIELD.matcher(text);
		StringBuilder filled = new StringBuilder(text.length());
		while (matcher.find()) {
			String value = values.get(matcher.group(1));
			matcher.appendReplacement(filled, Matcher.quoteReplacement(value == null ? "" : value));
		}
		matcher.appendTail(filled);
		return filled.toString();
	}
}
