package dev.katib.connectors.internal;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.katib.connectors.Filter;
import dev.katib.connectors.RecordQuery;
import dev.katib.connectors.SourceTable;
import dev.katib.connectors.TableField;
import dev.katib.connectors.backend.FieldValues;

/**
 * A listing of a built-in table as SQL: typed text only ever becomes a bound parameter, field names
 * too, after they were checked against the table's fields.
 */
final class BuiltInQuery {

	final Map<String, Object> parameters = new LinkedHashMap<>();
	private final SourceTable table;

	BuiltInQuery(SourceTable table) {
		this.table = table;
	}

	String where(Filter filter) {
		return switch (filter) {
			case Filter.Equals equals -> "cells ->> " + bind(field(equals.field())) + " = "
					+ bind(equals.value() instanceof LocalDate d ? d.toString()
							: equals.value() instanceof java.math.BigDecimal n ? n.toPlainString() : equals.value().toString());
			case Filter.Contains contains -> "lower(cells ->> " + bind(field(contains.field())) + ") LIKE '%' || lower("
					+ bind(contains.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_"))
					+ ") || '%' ESCAPE '\\'";
			case Filter.RecordIdIn in -> "CAST(id AS TEXT) = ANY(" + bind(in.ids().toArray(String[]::new)) + ")";
			case Filter.ModifiedAfter after -> "modified_at > " + bind(Timestamp.from(after.moment()));
			case Filter.All all -> join(all.filters(), " AND ", "TRUE");
			case Filter.Any any -> join(any.filters(), " OR ", "FALSE");
		};
	}

	String orderBy(List<RecordQuery.Sort> sort) {
		if (sort.isEmpty()) {
			return "id";
		}
		return sort.stream()
			.map(s -> "cells ->> " + bind(field(s.field())) + (s.descending() ? " DESC" : " ASC"))
			.collect(Collectors.joining(", ")) + ", id";
	}

	String bind(Object value) {
		String name = "p" + parameters.size();
		parameters.put(name, value);
		return ":" + name;
	}

	private String join(List<Filter> filters, String operator, String empty) {
		return filters.isEmpty() ? empty
				: filters.stream().map(f -> "(" + where(f) + ")").collect(Collectors.joining(operator));
	}

	private String field(String name) {
		return table.field(name).map(TableField::name).orElseThrow(() -> FieldValues.invalid(name, "is not a field of the table"));
	}
}
