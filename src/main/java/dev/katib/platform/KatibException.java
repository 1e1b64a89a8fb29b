package dev.katib.platform;

import java.time.Duration;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * An error a module reports to its caller; the web layer answers it as an RFC 9457 problem detail.
 * <p>
 * The detail message is shown to the client, so it must never carry secrets or another tenant's data.
 */
public class KatibException extends RuntimeException {

	private final ProblemType type;
	private final Map<String, Object> properties;

	public KatibException(ProblemType type, String detail) {
		this(type, detail, Map.of());
	}

	public KatibException(ProblemType type, String detail, Map<String, Object> properties) {
		super(detail);
		this.type = type;
		this.properties = Map.copyOf(properties);
	}

	public ProblemType type() {
		return type;
	}

	/** Extra members of the problem detail, such as the field that was invalid. */
	public Map<String, Object> properties() {
		return properties;
	}

	/**
	 * How long the client should wait before trying again, answered as a {@code Retry-After}
	 * header; none by default.
	 */
	public @Nullable Duration retryAfter() {
		return null;
	}

	public static KatibException notFound(String what) {
		return new KatibException(ProblemType.NOT_FOUND, what + " was not found.");
	}

	/**
	 * A {@code validation-failed} error naming one field, in the shape every invalid request is answered
	 * with: {@code errors: [{field, message}]}.
	 */
	public static KatibException invalidField(String field, String message) {
		return new KatibException(ProblemType.VALIDATION_FAILED, "The request has invalid fields.",
				Map.of("errors", java.util.List.of(Map.of("field", field, "message", message))));
	}
}
