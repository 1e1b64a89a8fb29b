package dev.katib.platform.web;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/** The shape of every error the API answers, as the OpenAPI document shows it (RFC 9457). */
@Schema(name = "ProblemDetail", description = "An RFC 9457 problem detail, sent as application/problem+json.")
record ProblemSchema(
		@Schema(description = "The kind of error, a stable URN clients can rely on.",
				example = "urn:katib:problem:validation-failed", requiredMode = Schema.RequiredMode.REQUIRED) String type,
		@Schema(description = "A short summary of the kind of error.", example = "Validation failed",
				requiredMode = Schema.RequiredMode.REQUIRED) String title,
		@Schema(description = "The HTTP status code.", example = "400",
				requiredMode = Schema.RequiredMode.REQUIRED) int status,
		@Schema(description = "What went wrong with this request.", example = "The request has invalid fields.")
		@Nullable String detail,
		@Schema(description = "The path of the request.", example = "/api/v1/letters") @Nullable String instance,
		@Schema(description = "The id of the request, to quote when asking for help.") @Nullable String requestId,
		@Schema(description = "For validation-failed: the fields that are not valid.")
		@Nullable List<InvalidField> errors) {

	@Schema(name = "InvalidField", description = "A field of the request that is not valid, and why.")
	record InvalidField(
			@Schema(description = "The field, as a path into the body or the name of a parameter.",
					example = "recipient.name", requiredMode = Schema.RequiredMode.REQUIRED) String field,
			@Schema(description = "Why the value is not accepted.", requiredMode = Schema.RequiredMode.REQUIRED)
			String message,
			@Schema(description = "For an enumeration: the values it accepts.") @Nullable List<String> allowed) {
	}
}
