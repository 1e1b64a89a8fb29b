package dev.katib.assistant.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import dev.katib.connectors.FieldType;
import dev.katib.connectors.Filter;
import dev.katib.connectors.SourceTable;
import dev.katib.connectors.TableField;
import dev.katib.platform.ArabicText;
import dev.katib.platform.KatibException;

/**
 * Conditions on records as a tool's arguments give them, made into the connectors' {@link Filter}: field names are
 * checked against the table and values typed as their field, so nothing a model writes is read as a query.
 */
final class Conditions {

	private Conditions() {
	}

	/** How a condition compares a field with its value. */
	enum Operator {
		EQUALS, CONTAINS;

		@JsonValue
		public String code() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	/** One condition on a field. */
	record Condition(@JsonPropertyDescription("The field's name, as describe_table gives it") @NotBlank @Size(max = 200) String field,
			@JsonPropertyDescription("equals: the field holds exactly the value; contains: its text contains the value, whatever the case") Operator operator,
			@JsonPropertyDescription("The value, as text: numbers like 12.5, dates like 2026-03-01, checkboxes as true or false") @Size(max = 1000) String value) {
	}

	/** The filter keeping records that meet every condition (or any, when {@code any}); none for no conditions. */
	static @Nullable Filter filter(SourceTable table, List<Condition> conditions, boolean any) {
		if (conditions.isEmpty()) {
			return null;
		}
		List<Filter> filters = conditions.stream().map(condition -> filter(table, condition)).toList();
		if (filters.size() == 1) {
			return filters.getFirst();
		}
		return any ? new Filter.Any(filters) : new Filter.All(filters);
	}

	/** The table's field of this name or id, or a validation failure naming it. */
	static TableField field(SourceTable table, String name) {
		return table.field(name)
			.orElseThrow(() -> KatibException.invalidField(name, "is not a field of table " + table.name()));
	}

	private static Filter filter(SourceTable table, Condition condition) {
		TableField field = field(table, condition.field());
		if (condition.operator() == Operator.CONTAINS) {
			return new Filter.Contains(field.name(), condition.value());
		}
		return new Filter.Equals(field.name(), typed(field, condition.value()));
	}

	private static Object typed(TableField field, String value) {
		String plain = ArabicText.westernDigits(value.strip());
		try {
			return switch (field.type()) {
				case FieldType.Decimal d -> new BigDecimal(plain);
				case FieldType.Currency c -> new BigDecimal(plain);
				case FieldType.Percent p -> new BigDecimal(plain);
				case FieldType.Checkbox c -> switch (plain.toLowerCase(Locale.ROOT)) {
					case "true", "yes", "1" -> Boolean.TRUE;
					case "false", "no", "0" -> Boolean.FALSE;
					default -> throw new NumberFormatException();
				};
				case FieldType.Date d -> LocalDate.parse(plain);
				default -> value;
			};
		}
		catch (NumberFormatException | DateTimeParseException ex) {
			throw KatibException.invalidField(field.name(), "needs a value of type " + field.type().name());
		}
	}
}
