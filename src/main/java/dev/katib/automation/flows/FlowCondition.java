package dev.katib.automation.flows;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A condition on the execution's fields (the record's fields, the hook's body, the letter's facts).
 *
 * @param field the field's name
 * @param operator {@code equals}, {@code not_equals}, {@code contains}, {@code empty} or {@code not_empty}
 * @param value what {@code equals}, {@code not_equals} and {@code contains} compare with
 */
record FlowCondition(@Nullable String field, @Nullable String operator, @Nullable String value) {

	static final Set<String> OPERATORS = Set.of("equals", "not_equals", "contains", "empty", "not_empty");
	static final int MAX_VALUE = 500;

	/** Whether the condition holds for these fields: text compared as it is, without case for Latin letters. */
	boolean holds(Map<String, String> fields) {
		String actual = field == null ? null : fields.get(field);
		String text = actual == null ? "" : actual.strip();
		String expected = value == null ? "" : value.strip();
		return switch (operator == null ? "" : operator) {
			case "equals" -> text.equalsIgnoreCase(expected);
			case "not_equals" -> !text.equalsIgnoreCase(expected);
			case "contains" -> text.toLowerCase(Locale.ROOT).contains(expected.toLowerCase(Locale.ROOT));
			case "empty" -> text.isEmpty() || "false".equalsIgnoreCase(text);
			case "not_empty" -> !text.isEmpty() && !"false".equalsIgnoreCase(text);
			default -> false;
		};
	}

	static boolean allHold(List<FlowCondition> conditions, Map<String, String> fields) {
		return conditions.stream().allMatch(condition -> condition.holds(fields));
	}
}
