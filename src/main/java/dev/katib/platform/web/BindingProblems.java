package dev.katib.platform.web;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.TypeMismatchException;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

import dev.katib.platform.ProblemType;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Says in words which field of a request was wrong and why, when a body or a parameter could not be
 * bound: a value of the wrong type names the field and the type it must have; a wrong enum value
 * answers {@code validation-failed} naming the field and the values it may take.
 */
final class BindingProblems {

	private BindingProblems() {
	}

	/** What to answer, short of the request itself. */
	record Answer(ProblemType type, String detail, Map<String, Object> properties) {

		static Answer field(ProblemType type, String field, String message) {
			return new Answer(type, type == ProblemType.VALIDATION_FAILED ? "The request has invalid fields."
					: "'" + field + "' " + message + ".",
					Map.of("errors", List.of(Map.of("field", field, "message", message))));
		}
	}

	/** A body Jackson could not read. */
	static Answer unreadableBody(@Nullable Throwable cause) {
		for (Throwable at = cause; at != null; at = at.getCause()) {
			if (at instanceof StreamConstraintsException) {
				return new Answer(ProblemType.MALFORMED_REQUEST,
						"The request body is nested too deeply or has a value too long to read.", Map.of());
			}
			if (at instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
				String field = path(mismatch.getPath());
				Class<?> target = mismatch.getTargetType();
				if (target != null && target.isEnum()) {
					return enumAnswer(field, target);
				}
				return Answer.field(ProblemType.MALFORMED_REQUEST, field,
						"must be " + (target == null ? "of another type" : article(simpleType(target))));
			}
		}
		return new Answer(ProblemType.MALFORMED_REQUEST, "The request body is missing or is not valid JSON.",
				Map.of());
	}

	/** A parameter that does not convert to its type; enums answer with the values they take. */
	static Answer parameter(String name, @Nullable Class<?> type) {
		if (type != null && type.isEnum()) {
			return enumAnswer(name, type);
		}
		return new Answer(ProblemType.MALFORMED_REQUEST, "'" + name + "' has a value of the wrong form.",
				Map.of("parameter", name));
	}

	/** The message of one binding error, with the allowed values when an enum did not convert. */
	static String message(ObjectError error) {
		if (error instanceof FieldError field && error.contains(TypeMismatchException.class)) {
			Class<?> type = error.unwrap(TypeMismatchException.class).getRequiredType();
			if (type != null && type.isEnum()) {
				return allowed(type);
			}
			return "must be " + (type == null ? "of another form" : article(simpleType(type))) + ", not '"
					+ String.valueOf(field.getRejectedValue()) + "'";
		}
		return String.valueOf(error.getDefaultMessage());
	}

	private static Answer enumAnswer(String field, Class<?> type) {
		List<String> values = Arrays.stream(type.getEnumConstants()).map(Object::toString).toList();
		return new Answer(ProblemType.VALIDATION_FAILED, "The request has invalid fields.", Map.of("errors",
				List.of(Map.of("field", field, "message", allowed(type), "allowed", values))));
	}

	private static String allowed(Class<?> type) {
		return "must be one of " + Arrays.stream(type.getEnumConstants())
			.map(Object::toString)
			.collect(Collectors.joining(", "));
	}

	private static String simpleType(Class<?> type) {
		if (CharSequence.class.isAssignableFrom(type)) {
			return "text";
		}
		if (type == Boolean.class || type == boolean.class) {
			return "boolean";
		}
		if (type == Integer.class || type == int.class || type == Long.class || type == long.class
				|| type == Short.class || type == short.class) {
			return "whole number";
		}
		if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
			return "number";
		}
		if (type.isArray() || Collection.class.isAssignableFrom(type)) {
			return "array";
		}
		if (type.isRecord() || Map.class.isAssignableFrom(type)) {
			return "object";
		}
		return "value of type " + type.getSimpleName();
	}

	private static String article(String kind) {
		return kind.equals("text") ? "text" : ("aeiou".indexOf(kind.charAt(0)) >= 0 ? "an " : "a ") + kind;
	}

	/** The path of a Jackson error in the form Bean Validation names fields: {@code a.b[2].c}. */
	static String path(List<JacksonException.Reference> references) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : references) {
			if (reference.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}
}
