package dev.katib.connectors;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;

/**
 * The one place that writes Airtable formulas ({@code filterByFormula}). Typed text only ever becomes
 * a string literal, escaped so that no quote, backslash or line break can end it early, and field
 * names only ever become field references, checked against the table's schema.
 */
public final class Formula {

	private Formula() {
	}

	/** The formula for the filter over this table's fields. */
	public static String of(Filter filter, SourceTable table) {
		return switch (filter) {
			case Filter.Equals equals -> equals(reference(table, equals.field()), equals.value());
			case Filter.Contains contains -> "FIND(LOWER(" + literal(contains.text()) + "), LOWER("
					+ reference(table, contains.field()) + " & \"\")) > 0";
			case Filter.RecordIdIn in -> in.ids().isEmpty() ? "FALSE()"
					: in.ids().stream().map(id -> "RECORD_ID() = " + literal(id)).collect(Collectors.joining(", ", "OR(", ")"));
			case Filter.ModifiedAfter after -> "IS_AFTER(LAST_MODIFIED_TIME(), DATETIME_PARSE("
					+ literal(DateTimeFormatter.ISO_INSTANT.format(after.moment())) + "))";
			case Filter.All all -> join("AND", all, table);
			case Filter.Any any -> join("OR", any, table);
		};
	}

	/** A string literal holding exactly this text. */
	public static String literal(String text) {
		StringBuilder out = new StringBuilder(text.length() + 2).append('"');
		text.codePoints().forEach(c -> {
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				default -> {
					if (!Character.isISOControl(c) && Character.isValidCodePoint(c)
							&& Character.getType(c) != Character.SURROGATE) {
						out.appendCodePoint(c);
					}
				}
			}
		});
		return out.append('"').toString();
	}

	private static String equals(String reference, Object value) {
		return switch (value) {
			case Boolean b -> b ? reference : "NOT(" + reference + ")";
			case BigDecimal n -> reference + " = " + n.toPlainString();
			case Integer n -> reference + " = " + n;
			case Long n -> reference + " = " + n;
			case LocalDate d -> "DATETIME_FORMAT(" + reference + ", \"YYYY-MM-DD\") = " + literal(d.toString());
			default -> reference + " & \"\" = " + literal(value.toString());
		};
	}

	private static String join(String function, Filter filter, SourceTable table) {
		var parts = filter instanceof Filter.All all ? all.filters() : ((Filter.Any) filter).filters();
		if (parts.isEmpty()) {
			return function.equals("AND") ? "TRUE()" : "FALSE()";
		}
		return parts.stream().map(part -> of(part, table)).collect(Collectors.joining(", ", function + "(", ")"));
	}

	private static String reference(SourceTable table, String field) {
		TableField known = table.field(field)
			.orElseThrow(() -> new IllegalArgumentException("The table has no field '" + field + "'"));
		if (known.name().contains("}") || known.name().contains("{")) {
			throw new IllegalArgumentException("Field '" + known.name() + "' has braces in its name, so it cannot be searched");
		}
		return "{" + known.name() + "}";
	}
}
