package dev.katib.hostile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.katib.hostile.OpenApiHostileInputTests.Attempt;
import dev.katib.hostile.OpenApiHostileInputTests.Operation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/** The hostile requests made of one operation, derived from its parameters and body schema. */
final class Attempts {

	private static final String NUL = "\u0000";
	private static final String LONE_SURROGATE = "\udc00";

	private Attempts() {
	}

	static List<Attempt> hostile(Operation operation, Schemas schemas, List<String> homeIds) {
		List<Attempt> attempts = new ArrayList<>();
		List<JsonNode> pathParameters = parameters(operation, "path");
		List<JsonNode> queryParameters = parameters(operation, "query");
		String basePath = fill(operation.path(), pathParameters, schemas, null, null);
		JsonNode bodySchema = operation.spec().path("requestBody").path("content");
		String contentType = bodySchema.propertyNames().stream().findFirst().orElse(null);
		boolean json = contentType != null && contentType.contains("json");
		JsonNode schema = json ? bodySchema.path(contentType).path("schema") : null;
		JsonNode sample = schema == null ? null : schemas.sample(schema, 0);
		byte[] sampleBytes = sample == null ? new byte[0] : bytes(sample);
		if (contentType != null && contentType.startsWith("multipart/")) {
			contentType = "multipart/form-data; boundary=XX";
			sampleBytes = ("--XX\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.png\"\r\n"
					+ "Content-Type: image/png\r\n\r\nnot really a picture\r\n--XX--\r\n").getBytes(StandardCharsets.ISO_8859_1);
		}
		for (JsonNode parameter : pathParameters) {
			String name = parameter.path("name").asString();
			attempts.add(attempt("path NUL in " + name, operation, fill(operation.path(), pathParameters, schemas, name,
					"%00"), contentType, sampleBytes));
			attempts.add(attempt("path invalid UTF-8 in " + name, operation, fill(operation.path(), pathParameters,
					schemas, name, "%ED%A0%80"), contentType, sampleBytes));
			attempts.add(attempt("path encoded slash in " + name, operation, fill(operation.path(), pathParameters,
					schemas, name, "a%2Fb"), contentType, sampleBytes));
			if (schemas.type(parameter.path("schema")).equals("integer")) {
				attempts.add(attempt("path fraction in " + name, operation, fill(operation.path(), pathParameters,
						schemas, name, "1.5"), contentType, sampleBytes));
			}
		}
		for (JsonNode parameter : queryParameters) {
			String name = parameter.path("name").asString();
			attempts.add(attempt("unstorable query " + name + "=%00", operation, basePath + "?" + name + "=a%00b",
					contentType, sampleBytes));
			for (String value : new String[] { "a%ED%A0%80", "%FF%FE", "%ZZ" }) {
				attempts.add(attempt("undecodable query " + name + "=" + value, operation,
						basePath + "?" + name + "=" + value, contentType, sampleBytes));
			}
		}
		attempts.add(attempt("request line too long", operation, basePath + "?pad=" + "a".repeat(20_000), contentType,
				sampleBytes));
		if (contentType != null && contentType.startsWith("multipart/")) {
			attempts.add(attempt("multipart without boundary", operation, basePath, "multipart/form-data",
					"--XX\r\n\r\nhello\r\n--XX--\r\n".getBytes(StandardCharsets.ISO_8859_1)));
		}
		if (contentType != null) {
			attempts.add(attempt("huge body", operation, basePath, contentType, new byte[3 * 1024 * 1024]));
		}
		if (json) {
			attempts.add(attempt("deeply nested body", operation, basePath, contentType,
					("[".repeat(100_000) + "]".repeat(100_000)).getBytes(StandardCharsets.US_ASCII)));
			attempts.add(attempt("bad UTF-8 body", operation, basePath, contentType, new byte[] { '{', '"', 'a', '"',
					':', '"', (byte) 0xC0, (byte) 0xAF, (byte) 0xFF, '"', '}' }));
			for (Schemas.Field field : schemas.fields(schema, sample)) {
				attempts.addAll(fieldAttempts(operation, basePath, contentType, schemas, sample, field));
			}
		}
		for (String id : homeIds) {
			for (JsonNode parameter : pathParameters) {
				String target = fill(operation.path(), pathParameters, schemas, parameter.path("name").asString(), id);
				attempts.add(new Attempt("another organisation's " + id + " as " + parameter.path("name").asString(),
						operation.method(), target, contentType, sampleBytes, true));
			}
		}
		return attempts;
	}

	private static List<Attempt> fieldAttempts(Operation operation, String path, String contentType, Schemas schemas,
			JsonNode sample, Schemas.Field field) {
		List<Attempt> attempts = new ArrayList<>();
		String name = field.name();
		switch (schemas.type(field.schema())) {
			case "string" -> {
				attempts.add(body("unstorable NUL in " + name, operation, path, contentType,
						Schemas.with(sample, field.path(), Schemas.text("a" + NUL + "b"))));
				attempts.add(body("unstorable surrogate in " + name, operation, path, contentType,
						Schemas.with(sample, field.path(), Schemas.text("a" + LONE_SURROGATE))));
				if (!field.schema().has("enum") && !schemas.resolve(field.schema()).has("enum")) {
					attempts.add(body("number for text in " + name, operation, path, contentType,
							Schemas.with(sample, field.path(), Schemas.number(12345))));
				}
				else {
					attempts.add(body("unknown enum value in " + name, operation, path, contentType,
							Schemas.with(sample, field.path(), Schemas.text("NO_SUCH_VALUE"))));
				}
			}
			case "integer" -> {
				attempts.add(body("fraction for whole number in " + name, operation, path, contentType,
						Schemas.with(sample, field.path(), Schemas.number(1.5))));
				attempts.add(body("text for whole number in " + name, operation, path, contentType,
						Schemas.with(sample, field.path(), Schemas.text("7"))));
			}
			case "boolean" -> attempts.add(body("integer for boolean in " + name, operation, path, contentType,
					Schemas.with(sample, field.path(), Schemas.number(12345))));
			case "array" -> {
				attempts.add(body("text for array in " + name, operation, path, contentType,
						Schemas.with(sample, field.path(), Schemas.text("x"))));
				JsonNode resolved = schemas.resolve(field.schema());
				JsonNode items = schemas.resolve(resolved.path("items"));
				boolean distinctPossible = !items.has("enum") || items.get("enum").size() > resolved.path("maxItems").asInt();
				if (resolved.has("maxItems") && resolved.get("maxItems").asInt() < 10_000 && distinctPossible) {
					ArrayNode over = (ArrayNode) schemas.sample(resolved, 0);
					JsonNode item = over.isEmpty() ? Schemas.text("x") : over.get(0);
					over.removeAll();
					while (over.size() <= resolved.get("maxItems").asInt()) {
						// distinct items, so that a set cannot fold them into fewer
						over.add(item.isString() && !items.has("enum") ? Schemas.text("x" + over.size()) : item.deepCopy());
					}
					attempts.add(body("array over its size in " + name, operation, path, contentType,
							Schemas.with(sample, field.path(), over)));
				}
			}
			default -> {
			}
		}
		return attempts;
	}

	private static Attempt body(String what, Operation operation, String path, String contentType, JsonNode body) {
		return attempt(what, operation, path, contentType, bytes(body));
	}

	private static Attempt attempt(String what, Operation operation, String target, String contentType, byte[] body) {
		return new Attempt(what, operation.method(), target, contentType, body, false);
	}

	private static byte[] bytes(JsonNode body) {
		// lone surrogates written as escapes, as a hostile client would; Java's UTF-8 encoder would drop them
		StringBuilder out = new StringBuilder();
		String text = Schemas.JSON.writeValueAsString(body);
		for (char c : text.toCharArray()) {
			out.append(c < 0x20 || Character.isSurrogate(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c));
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static List<JsonNode> parameters(Operation operation, String in) {
		List<JsonNode> found = new ArrayList<>();
		operation.spec().path("parameters").forEach(parameter -> {
			if (in.equals(parameter.path("in").asString())) {
				found.add(parameter);
			}
		});
		return found;
	}

	/** The path with every parameter given a plausible value, the named one {@code value} instead. */
	private static String fill(String template, List<JsonNode> parameters, Schemas schemas, String name, String value) {
		String path = template;
		for (JsonNode parameter : parameters) {
			String parameterName = parameter.path("name").asString();
			String filled = parameterName.equals(name) ? value
					: switch (schemas.type(parameter.path("schema"))) {
						case "integer" -> "1";
						default -> parameter.path("schema").path("format").asString("").equals("uuid")
								|| parameterName.equals("id") ? UUID.randomUUID().toString() : "x";
					};
			path = path.replace("{" + parameterName + "}", filled);
		}
		return path;
	}
}
