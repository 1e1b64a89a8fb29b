package dev.katib.automation.batch;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import dev.katib.connectors.Filter;
import dev.katib.connectors.SourceTable;
import dev.katib.platform.Inputs;

/**
 * One condition a record must meet to be part of a run: a field holds a value, or contains a text.
 *
 * @param field the field's name
 * @param operator {@code equals} or {@code contains}
 * @param value the value, as typed
 */
record Condition(String field, String operator, String value) {

	static final int MAX_CONDITIONS = 10;
	static final int MAX_VALUE = 500;

	/** The source's own filter for every condition, or none when there is no condition. */
	static @Nullable Filter filter(List<Condition> conditions) {
		if (conditions.isEmpty()) {
			return null;
		}
		List<Filter> filters = conditions.stream().map(Condition::filter).toList();
		return filters.size() == 1 ? filters.getFirst() : new Filter.All(filters);
	}

	/** Checks every condition against the table, naming the first field it does not have. */
	@SuppressWarnings("ConstantValue")
	static List<Condition> checked(List<Condition> conditions, SourceTable table) {
		if (conditions.size() > MAX_CONDITIONS) {
			throw Inputs.invalid("conditions", "A run takes at most " + MAX_CONDITIONS + " conditions.");
		}
		for (int i = 0; i < conditions.size(); i++) {
			Condition condition = conditions.get(i);
			// a JSON body may leave any part out
			if (condition == null || condition.field() == null || condition.value() == null) {
				throw Inputs.invalid("conditions[" + i + "]", "A condition needs a field, an operator and a value.");
			}
			if (condition.value().length() > MAX_VALUE) {
				throw Inputs.invalid("conditions[" + i + "].value", "A condition's value has at most " + MAX_VALUE
						+ " characters.");
			}
			if (table.field(condition.field()).isEmpty()) {
				throw Inputs.invalid("conditions[" + i + "].field",
						"Table " + table.name() + " has no field named \"" + condition.field() + "\".");
			}
			if (!"equals".equals(condition.operator()) && !"contains".equals(condition.operator())) {
				throw Inputs.invalid("conditions[" + i + "].operator", "operator is \"equals\" or \"contains\".");
			}
		}
		return List.copyOf(conditions);
	}

	private Filter filter() {
		return switch (operator.toLowerCase(Locale.ROOT)) {
			case "contains" -> new Filter.Contains(field, value);
			default -> new Filter.Equals(field, value);
		};
	}
}
