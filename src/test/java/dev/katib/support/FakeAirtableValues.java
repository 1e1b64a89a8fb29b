package dev.katib.support;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.katib.support.FakeBase.Field;

/** Checks a value against a field's type as Airtable does, converting text when {@code typecast} is asked. */
final class FakeAirtableValues {

	static final Object INVALID = new Object();

	private FakeAirtableValues() {
	}

	static Object check(Field field, Object value, boolean typecast) {
		if (value == null) {
			return null;
		}
		try {
			return switch (field.type()) {
				case "singleLineText", "multilineText", "richText", "email", "url", "phoneNumber" ->
					value instanceof String ? value : typecast ? value.toString() : INVALID;
				case "number", "currency", "percent" -> value instanceof Number ? value
						: typecast && value instanceof String s ? new BigDecimal(s.strip()) : INVALID;
				case "checkbox" -> value instanceof Boolean ? value : INVALID;
				case "date" -> value instanceof String s ? LocalDate.parse(s.substring(0, 10)).toString() : INVALID;
				case "dateTime" -> value instanceof String s ? Instant.parse(s).toString() : INVALID;
				case "singleSelect" -> choice(field, value.toString(), typecast);
				case "multipleSelects" -> value instanceof List<?> list ? choices(field, list, typecast) : INVALID;
				case "multipleRecordLinks" -> value instanceof List<?> ? value : INVALID;
				default -> INVALID;
			};
		}
		catch (RuntimeException unreadable) {
			return INVALID;
		}
	}

	private static Object choice(Field field, String value, boolean typecast) {
		List<?> choices = (List<?>) field.options().getOrDefault("choices", List.of());
		boolean known = choices.stream().anyMatch(c -> value.equals(((Map<?, ?>) c).get("name")));
		return known || typecast ? value : INVALID;
	}

	private static Object choices(Field field, List<?> values, boolean typecast) {
		List<Object> out = new ArrayList<>();
		for (Object value : values) {
			Object one = choice(field, String.valueOf(value), typecast);
			if (one == INVALID) {
				return INVALID;
			}
			out.add(one);
		}
		return out;
	}
}
