package dev.katib.connectors.airtable;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

import dev.katib.connectors.SourceException;
import dev.katib.connectors.backend.SourceAccess;

/** Turns Airtable's error answers into {@link SourceException}s that name the source and say what to do. */
final class AirtableFailures {

	private AirtableFailures() {
	}

	static SourceException of(SourceAccess source, int status, @Nullable JsonNode body) {
		String type = errorType(body);
		String message = errorMessage(body);
		String said = message == null ? "" : " Airtable said: " + message;
		return switch (status) {
			case 401 -> new SourceException(SourceException.CREDENTIAL_REJECTED, "Airtable refused the token of \""
					+ source.name() + "\": it is wrong, expired or revoked. Connect the source again with a valid "
					+ "personal access token.", source.sourceId(), source.name(), type, null);
			case 403 -> new SourceException(SourceException.ACCESS_DENIED, "The token of \"" + source.name()
					+ "\" has no access to this base or table, or it does not exist. In Airtable, add the base to the "
					+ "token and give it the scopes data.records:read, data.records:write and schema.bases:read.",
					source.sourceId(), source.name(), type, null);
			case 404 -> new SourceException(SourceException.NOT_FOUND,
					"Airtable has no such base, table or record in \"" + source.name() + "\"." + said,
					source.sourceId(), source.name(), type, null);
			case 413, 422, 400 -> new SourceException(SourceException.INVALID_REQUEST,
					"Airtable refused the request to \"" + source.name() + "\"." + said, source.sourceId(),
					source.name(), type, null);
			default -> unavailable(source, "Airtable answered " + status + "." + said);
		};
	}

	static SourceException unavailable(SourceAccess source, String why) {
		return new SourceException(SourceException.UNAVAILABLE,
				"Airtable could not serve \"" + source.name() + "\" just now: " + why + " Try again in a moment.",
				source.sourceId(), source.name(), null, Duration.ofSeconds(30));
	}

	private static @Nullable String errorType(@Nullable JsonNode body) {
		if (body == null || !body.has("error")) {
			return null;
		}
		JsonNode error = body.get("error");
		return error.isString() ? error.asString() : error.path("type").asString(null);
	}

	private static @Nullable String errorMessage(@Nullable JsonNode body) {
		if (body == null || !body.has("error") || body.get("error").isString()) {
			return null;
		}
		String message = body.get("error").path("message").asString(null);
		return message == null ? null : message.length() > 500 ? message.substring(0, 500) : message;
	}
}
