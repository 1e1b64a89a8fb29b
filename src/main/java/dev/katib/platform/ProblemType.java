package dev.katib.platform;

import java.net.URI;

import org.springframework.http.HttpStatus;

/**
 * A kind of error the API reports, with the stable {@code type} URI clients can rely on.
 *
 * @param slug short name that becomes part of the type URI; never changes once published
 * @param status the HTTP status this kind of error is answered with
 * @param title a short, human-readable summary that does not change between occurrences
 */
public record ProblemType(String slug, HttpStatus status, String title) {

	private static final String PREFIX = "urn:katib:problem:";

	public static final ProblemType NOT_FOUND = new ProblemType("not-found", HttpStatus.NOT_FOUND, "Not found");
	public static final ProblemType METHOD_NOT_ALLOWED = new ProblemType("method-not-allowed",
			HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed");
	public static final ProblemType MALFORMED_REQUEST = new ProblemType("malformed-request", HttpStatus.BAD_REQUEST,
			"Malformed request");
	public static final ProblemType VALIDATION_FAILED = new ProblemType("validation-failed", HttpStatus.BAD_REQUEST,
			"Validation failed");
	public static final ProblemType PAYLOAD_TOO_LARGE = new ProblemType("payload-too-large",
			HttpStatus.CONTENT_TOO_LARGE, "Payload too large");
	public static final ProblemType UNSUPPORTED_MEDIA_TYPE = new ProblemType("unsupported-media-type",
			HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type");
	public static final ProblemType NOT_ACCEPTABLE = new ProblemType("not-acceptable", HttpStatus.NOT_ACCEPTABLE,
			"Not acceptable");
	public static final ProblemType UNAUTHORIZED = new ProblemType("unauthorized", HttpStatus.UNAUTHORIZED,
			"Authentication required");
	public static final ProblemType FORBIDDEN = new ProblemType("forbidden", HttpStatus.FORBIDDEN, "Forbidden");
	public static final ProblemType CONFLICT = new ProblemType("conflict", HttpStatus.CONFLICT, "Conflict");
	/** A document (an upload, or one Katib prints) is over the size it may have. */
	public static final ProblemType DOCUMENT_TOO_LARGE = new ProblemType("document-too-large",
			HttpStatus.CONTENT_TOO_LARGE, "Document too large");
	public static final ProblemType RATE_LIMITED = new ProblemType("rate-limited", HttpStatus.TOO_MANY_REQUESTS,
			"Too many requests");
	public static final ProblemType INTERNAL_ERROR = new ProblemType("internal-error",
			HttpStatus.INTERNAL_SERVER_ERROR, "Internal error");
	public static final ProblemType SERVICE_UNAVAILABLE = new ProblemType("service-unavailable",
			HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable");

	public URI uri() {
		return URI.create(PREFIX + slug);
	}

	/** The generic type for a status that has no more specific one. */
	public static ProblemType forStatus(int status) {
		return switch (status) {
			case 400 -> MALFORMED_REQUEST;
			case 401 -> UNAUTHORIZED;
			case 403 -> FORBIDDEN;
			case 404 -> NOT_FOUND;
			case 405 -> METHOD_NOT_ALLOWED;
			case 406 -> NOT_ACCEPTABLE;
			case 409 -> CONFLICT;
			case 413 -> PAYLOAD_TOO_LARGE;
			case 415 -> UNSUPPORTED_MEDIA_TYPE;
			case 429 -> RATE_LIMITED;
			case 503 -> SERVICE_UNAVAILABLE;
			default -> {
				HttpStatus resolved = HttpStatus.resolve(status);
				yield resolved == null || resolved.is5xxServerError() ? INTERNAL_ERROR
						: new ProblemType("http-" + status, resolved, resolved.getReasonPhrase());
			}
		};
	}
}
