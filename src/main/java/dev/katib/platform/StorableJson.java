package dev.katib.platform;

import org.jspecify.annotations.Nullable;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.json.JsonFactory;

/**
 * JSON whose names and strings, at any depth, are {@link StorableText}: the API's bodies, signed inbound calls and
 * JSON typed into forms are read through it before anything is bound or stored. Text that is not JSON at all is left
 * to whoever reads it next, which refuses it with its own answer.
 */
public final class StorableJson {

	private static final JsonFactory FACTORY = new JsonFactory();

	private StorableJson() {
	}

	/**
	 * Where JSON holds text that cannot be stored, and why.
	 *
	 * @param at the path in the form Bean Validation names fields, {@code a.b[2].c}; empty for the root
	 */
	public record Flaw(String at, String why) {
	}

	/** The first name or string that cannot be stored, with its path; none when there is none. */
	public static @Nullable Flaw flaw(byte[] json) {
		try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), json)) {
			return flaw(parser);
		}
	}

	/** As {@link #flaw(byte[])}, for JSON typed into a form. */
	public static @Nullable Flaw flaw(String json) {
		try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), json)) {
			return flaw(parser);
		}
	}

	/**
	 * Refuses JSON holding a NUL character or an unpaired surrogate in any name or string.
	 *
	 * @throws KatibException {@code validation-failed} naming the field ({@code body} for the root)
	 */
	public static void require(byte[] json) {
		Flaw found = flaw(json);
		if (found != null) {
			throw KatibException.invalidField(found.at().isEmpty() ? "body" : found.at(), found.why());
		}
	}

	private static @Nullable Flaw flaw(JsonParser parser) {
		try {
			for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
				if (token == JsonToken.PROPERTY_NAME || token == JsonToken.VALUE_STRING) {
					String why = StorableText.flaw(token == JsonToken.PROPERTY_NAME ? parser.currentName()
							: parser.getString());
					if (why != null) {
						return new Flaw(path(parser.streamReadContext()), why);
					}
				}
			}
		}
		catch (JacksonException notJson) {
			// not JSON, or too deep: whoever reads it next refuses it
		}
		return null;
	}

	private static String path(TokenStreamContext context) {
		StringBuilder path = new StringBuilder();
		for (TokenStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
			String separator = path.isEmpty() || path.charAt(0) == '[' ? "" : ".";
			if (at.inArray()) {
				path.insert(0, "[" + Math.max(0, at.getCurrentIndex()) + "]" + separator);
			}
			else if (at.currentName() != null) {
				path.insert(0, StorableText.printable(at.currentName()) + separator);
			}
		}
		return path.toString();
	}
}
