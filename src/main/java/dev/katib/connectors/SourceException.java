package dev.katib.connectors;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

import dev.katib.platform.KatibException;
import dev.katib.platform.ProblemType;

/**
 * A data source refused or failed a request. It names the source, and says what kind of failure it
 * was, so the caller knows whether to fix the credential, the request, or simply wait.
 */
public class SourceException extends KatibException {

	/** The source refused the credential: a wrong, expired or revoked token or key. */
	public static final ProblemType CREDENTIAL_REJECTED = new ProblemType("source-credential-rejected",
			HttpStatus.UNPROCESSABLE_CONTENT, "The data source refused the credential");
	/** The credential is valid but may not reach this base, table or sheet. */
	public static final ProblemType ACCESS_DENIED = new ProblemType("source-access-denied",
			HttpStatus.UNPROCESSABLE_CONTENT, "No access to this part of the data source");
	/** The base, table or record does not exist in the source. */
	public static final ProblemType NOT_FOUND = new ProblemType("source-not-found", HttpStatus.NOT_FOUND,
			"Not found in the data source");
	/** The source refused the request as invalid: a wrong value for a field, an unknown field, … */
	public static final ProblemType INVALID_REQUEST = new ProblemType("source-request-invalid",
			HttpStatus.UNPROCESSABLE_CONTENT, "The data source refused the request");
	/** The source asked Katib to slow down for longer than the caller can wait. */
	public static final ProblemType RATE_LIMITED = new ProblemType("source-rate-limited",
			HttpStatus.SERVICE_UNAVAILABLE, "The data source asked Katib to wait");
	/** The source did not answer, or failed. */
	public static final ProblemType UNAVAILABLE = new ProblemType("source-unavailable", HttpStatus.BAD_GATEWAY,
			"The data source is unavailable");

	private final @Nullable Duration retryAfter;

	public SourceException(ProblemType type, String detail, @Nullable UUID sourceId, String sourceName,
			@Nullable String sourceError, @Nullable Duration retryAfter) {
		super(type, detail, properties(sourceId, sourceName, sourceError));
		this.retryAfter = retryAfter;
	}

	public SourceException(ProblemType type, String detail, @Nullable UUID sourceId, String sourceName) {
		this(type, detail, sourceId, sourceName, null, null);
	}

	@Override
	public @Nullable Duration retryAfter() {
		return retryAfter;
	}

	private static Map<String, Object> properties(@Nullable UUID sourceId, String sourceName,
			@Nullable String sourceError) {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("source", sourceName);
		if (sourceId != null) {
			properties.put("sourceId", sourceId.toString());
		}
		if (sourceError != null) {
			properties.put("sourceError", sourceError);
		}
		return properties;
	}
}
