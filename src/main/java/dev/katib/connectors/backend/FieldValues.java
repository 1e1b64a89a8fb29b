package dev.katib.connectors.backend;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.katib.connectors.FieldType;
import dev.katib.platform.KatibException;
import dev.katib.platform.ProblemType;

/**
 * Checks a value for a field against the field's type, and gives it the Java type the type names:
 * from JSON (strings, numbers, booleans, lists) or from what a form posted (always text).
 */
public final class FieldValues {

	static final int MAX_TEXT = 100_000;

	private FieldValues() {
	}

	/** The typed value, or {@code null} to empty the field. */
	public static @Nullable Object accept(String field, FieldType type, @Nullable Object input) {
		if (input == null || input instanceof String s && s.isBlank() && !(type instanceof FieldType.Text)) {
			return null;
		}
		if (!type.writable()) {
			throw invalid(field, "is computed by the source and cannot be written");
		}
		try {
			return switch (type) {
				case FieldType.Text text -> text(field, text, input);
				case FieldType.Decimal d -> number(input);
				case FieldType.Currency c -> number(input);
				case FieldType.Percent p -> number(input);
				case FieldType.Checkbox c -> bool(input);
				case FieldType.Date d -> input instanceof LocalDate day ? day : LocalDate.parse(plain(input));
				case FieldType.DateTime t -> moment(input);
				case FieldType.SingleSelect select -> choice(field, select.choices(), plain(input));
				case FieldType.MultipleSelect select -> list(input).stream().map(c -> choice(field, select.choices(), c)).toList();
				case FieldType.LinkedRecords links -> list(input).stream().map(id -> recordId(field, id)).toList();
				case FieldType.Attachments a -> throw invalid(field, "cannot be written");
				case FieldType.Computed c -> throw invalid(field, "cannot be written");
				case FieldType.Other o -> throw invalid(field, "cannot be written");
			};
		}
		catch (NumberFormatException | DateTimeParseException | ClassCastException ex) {
			throw invalid(field, "needs a value of type " + type.name());
		}
	}

	/** Text a user typed, refused when it holds characters no text should (NUL, broken surrogates). */
	public static String cleanText(String field, String text) {
		if (text.length() > MAX_TEXT) {
			throw invalid(field, "is longer than " + MAX_TEXT + " characters");
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == 0 || Character.isHighSurrogate(c) && (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(++i)))
					|| Character.isLowSurrogate(c)) {
				throw invalid(field, "holds characters that are not text");
			}
		}
		return text;
	}

	public static KatibException invalid(String field, String why) {
		return new KatibException(ProblemType.VALIDATION_FAILED, "Field '" + field + "' " + why + ".",
				Map.of("field", field));
	}

	private static String text(String field, FieldType.Text type, Object input) {
		if (!(input instanceof String text)) {
			throw invalid(field, "needs text");
		}
		cleanText(field, text);
		String trimmed = text.strip();
		switch (type.format()) {
			case EMAIL -> {
				if (!trimmed.isEmpty() && !trimmed.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
					throw invalid(field, "needs an e-mail address");
				}
				return trimmed;
			}
			case URL -> {
				if (!trimmed.isEmpty() && !trimmed.matches("(?i)https?://\\S+")) {
					throw invalid(field, "needs a web address starting with http:// or https://");
				}
				return trimmed;
			}
			case LINE, PHONE -> {
				return trimmed.replace('\n', ' ').replace('\r', ' ');
			}
			default -> {
				// one way to end a line, whatever the program that wrote it
				return text.replace("\r\n", "\n").replace('\r', '\n');
			}
		}
	}

	private static BigDecimal number(Object input) {
		return switch (input) {
			case BigDecimal n -> n;
			case Integer n -> BigDecimal.valueOf(n);
			case Long n -> BigDecimal.valueOf(n);
			case Double n -> BigDecimal.valueOf(n);
			case Number n -> new BigDecimal(n.toString());
			default -> new BigDecimal(westernDigits(plain(input)).replace(",", "").replace('٫', '.'));
		};
	}

	private static Boolean bool(Object input) {
		if (input instanceof Boolean b) {
			return b;
		}
		return switch (plain(input).toLowerCase(java.util.Locale.ROOT)) {
			case "true", "on", "yes", "1" -> true;
			case "false", "off", "no", "0" -> false;
			default -> throw new NumberFormatException();
		};
	}

	private static Instant moment(Object input) {
		if (input instanceof Instant moment) {
			return moment;
		}
		String text = plain(input);
		try {
			return Instant.parse(text);
		}
		catch (DateTimeParseException withoutZone) {
			return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
		}
	}

	private static String choice(String field, List<String> choices, String value) {
		if (!choices.isEmpty() && !choices.contains(value)) {
			throw invalid(field, "has no choice '" + value + "'");
		}
		return value;
	}

	private static String recordId(String field, String id) {
		if (!id.matches("[A-Za-z0-9_-]{1,64}")) {
			throw invalid(field, "needs record ids");
		}
		return id;
	}

	private static List<String> list(Object input) {
		if (input instanceof Collection<?> values) {
			List<String> out = new ArrayList<>();
			values.forEach(v -> out.add(plain(v)));
			return out;
		}
		return java.util.Arrays.stream(plain(input).split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	private static String plain(Object input) {
		if (input instanceof String || input instanceof Number || input instanceof Boolean) {
			return input.toString().strip();
		}
		throw new ClassCastException("not a plain value");
	}

	static String westernDigits(String text) {
		StringBuilder out = new StringBuilder(text.length());
		text.chars().forEach(c -> out.append(c >= '٠' && c <= '٩' ? (char) ('0' + c - '٠') : (char) c));
		return out.toString();
	}
}
