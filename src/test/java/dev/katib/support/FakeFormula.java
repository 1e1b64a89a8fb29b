package dev.katib.support;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Evaluates the Airtable formulas Katib sends ({@code filterByFormula}) over one record, for
 * {@link FakeAirtable}: string and number literals with backslash escapes, {@code {Field}}
 * references, {@code =}, {@code >}, {@code &}, and the functions AND, OR, NOT, TRUE, FALSE, FIND,
 * LOWER, DATETIME_FORMAT, DATETIME_PARSE, IS_AFTER, LAST_MODIFIED_TIME and RECORD_ID. Anything else is a
 * formula error, as Airtable answers 422 for a formula it cannot read.
 */
final class FakeFormula {

	private final String text;
	private final Map<String, Object> fields;
	private final Instant modified;
	private final String recordId;
	private int at;

	private FakeFormula(String text, String recordId, Map<String, Object> fields, Instant modified) {
		this.text = text;
		this.recordId = recordId;
		this.fields = fields;
		this.modified = modified;
	}

	static boolean matches(String formula, Map<String, Object> fields, Instant modified) {
		return matches(formula, "recTest", fields, modified);
	}

	static boolean matches(String formula, String recordId, Map<String, Object> fields, Instant modified) {
		FakeFormula parser = new FakeFormula(formula, recordId, fields, modified);
		Object value = parser.comparison();
		parser.space();
		if (parser.at != formula.length()) {
			throw new IllegalArgumentException("unexpected text at " + parser.at);
		}
		return truthy(value);
	}

	private Object comparison() {
		Object left = concatenation();
		space();
		if (peek('=')) {
			at++;
			Object right = concatenation();
			return same(left, right);
		}
		if (peek('>')) {
			at++;
			Object right = concatenation();
			return number(left).compareTo(number(right)) > 0;
		}
		return left;
	}

	private Object concatenation() {
		Object left = term();
		space();
		while (peek('&')) {
			at++;
			left = string(left) + string(term());
			space();
		}
		return left;
	}

	private Object term() {
		space();
		char c = text.charAt(at);
		if (c == '"') {
			return stringLiteral();
		}
		if (c == '{') {
			int end = text.indexOf('}', at);
			String name = text.substring(at + 1, end);
			at = end + 1;
			return fields.get(name);
		}
		if (Character.isDigit(c) || c == '-') {
			int start = at++;
			while (at < text.length() && (Character.isDigit(text.charAt(at)) || text.charAt(at) == '.')) {
				at++;
			}
			return new BigDecimal(text.substring(start, at));
		}
		int start = at;
		while (at < text.length() && (Character.isLetter(text.charAt(at)) || text.charAt(at) == '_')) {
			at++;
		}
		String function = text.substring(start, at);
		expect('(');
		List<Object> arguments = new ArrayList<>();
		space();
		if (!peek(')')) {
			arguments.add(comparison());
			space();
			while (peek(',')) {
				at++;
				arguments.add(comparison());
				space();
			}
		}
		expect(')');
		return call(function, arguments);
	}

	private Object call(String function, List<Object> a) {
		return switch (function) {
			case "AND" -> a.stream().allMatch(FakeFormula::truthy);
			case "OR" -> a.stream().anyMatch(FakeFormula::truthy);
			case "NOT" -> !truthy(a.getFirst());
			case "TRUE" -> true;
			case "FALSE" -> false;
			case "LOWER" -> string(a.getFirst()).toLowerCase();
			case "FIND" -> BigDecimal.valueOf(string(a.get(1)).indexOf(string(a.get(0))) + 1);
			case "LAST_MODIFIED_TIME" -> modified;
			case "RECORD_ID" -> recordId;
			case "DATETIME_PARSE" -> Instant.parse(string(a.getFirst()));
			case "DATETIME_FORMAT" -> a.getFirst() == null ? ""
					: DateTimeFormatter.ISO_LOCAL_DATE.format(java.time.LocalDate.parse(string(a.getFirst()).substring(0, 10)));
			case "IS_AFTER" -> ((Instant) a.get(0)).isAfter((Instant) a.get(1));
			default -> throw new IllegalArgumentException("unknown function " + function);
		};
	}

	private String stringLiteral() {
		StringBuilder out = new StringBuilder();
		at++;
		while (text.charAt(at) != '"') {
			char c = text.charAt(at++);
			if (c == '\\') {
				char escaped = text.charAt(at++);
				out.append(switch (escaped) {
					case 'n' -> '\n';
					case 'r' -> '\r';
					case 't' -> '\t';
					default -> escaped;
				});
			}
			else {
				out.append(c);
			}
		}
		at++;
		return out.toString();
	}

	private static boolean same(Object left, Object right) {
		if (left instanceof BigDecimal || right instanceof BigDecimal) {
			try {
				return number(left).compareTo(number(right)) == 0;
			}
			catch (NumberFormatException ex) {
				return false;
			}
		}
		return string(left).equals(string(right));
	}

	private static BigDecimal number(Object value) {
		return value instanceof BigDecimal n ? n : value instanceof Number n ? new BigDecimal(n.toString())
				: new BigDecimal(string(value));
	}

	static String string(Object value) {
		return switch (value) {
			case null -> "";
			case Instant moment -> moment.atOffset(ZoneOffset.UTC).toString();
			case BigDecimal n -> n.stripTrailingZeros().toPlainString();
			default -> value.toString();
		};
	}

	private static boolean truthy(Object value) {
		return switch (value) {
			case null -> false;
			case Boolean b -> b;
			case BigDecimal n -> n.signum() != 0;
			case Number n -> n.doubleValue() != 0;
			case String s -> !s.isEmpty();
			default -> true;
		};
	}

	private void space() {
		while (at < text.length() && text.charAt(at) == ' ') {
			at++;
		}
	}

	private boolean peek(char c) {
		return at < text.length() && text.charAt(at) == c;
	}

	private void expect(char c) {
		space();
		if (!peek(c)) {
			throw new IllegalArgumentException("expected " + c + " at " + at);
		}
		at++;
	}
}
